import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';

/** Why a page may not choose its own format, for the build's and the check's messages. */
export const FORMAT_OVERRIDE = 'the extension sets the format (.md is Markdown, .mdx is MDX, where {…} runs code)';

/**
 * Wraps the site's `markdown.parseFrontMatter` hook: a page whose front matter,
 * as Docusaurus reads it, has an `mdx` field fails the build. The content-model
 * plugin refuses the field too, with its line; this is the guard that reads the
 * YAML exactly as the compiler will (a merge key, `<<: {mdx: …}`, reaches
 * Docusaurus's parser but not ours). See issue 13.
 */
export function refuseFormatOverride(parse: ParseFrontMatter): ParseFrontMatter {
  return async (params) => {
    const result = await parse(params);
    if (result.frontMatter.mdx !== undefined) {
      throw new Error(`${path.relative(process.cwd(), params.filePath)}: the front matter field mdx is refused: ${FORMAT_OVERRIDE}`);
    }
    return result;
  };
}
