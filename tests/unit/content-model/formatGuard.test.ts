import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {describe, expect, it} from 'vitest';
import {refuseFormatOverride} from '../../../plugins/content-model/formatGuard';
import type {ParseFrontMatter} from '@docusaurus/types';

/** The site's hook stands in as Docusaurus's default parser. */
const inner: ParseFrontMatter = ({defaultParseFrontMatter, ...params}) => defaultParseFrontMatter(params);
const parse = (fileContent: string) =>
  refuseFormatOverride(inner)({filePath: path.join(process.cwd(), 'i18n/fr/docusaurus-plugin-content-docs/current/page.md'), fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});

describe('refuseFormatOverride', () => {
  it('passes other front matter through', async () => {
    await expect(parse('---\ntitle: Page\n---\nText {x}\n')).resolves.toMatchObject({frontMatter: {title: 'Page'}});
  });

  it.each([
    ['an mdx field', 'mdx:\n  format: mdx\n'],
    ['a merge key, which Docusaurus applies', '<<: {mdx: {format: mdx}}\n'],
  ])('fails the build for %s, naming the file', async (_, yaml) => {
    await expect(parse(`---\ntitle: Page\n${yaml}---\nText {alert(1)}\n`)).rejects.toThrow(
      'i18n/fr/docusaurus-plugin-content-docs/current/page.md: the front matter field mdx is refused: the extension sets the format (.md is Markdown, .mdx is MDX, where {…} runs code)',
    );
  });
});
