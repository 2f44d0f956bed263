import {parseYamlWithLines} from '../utils/yaml';
import type {ParsedYaml} from '../utils/yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Reads the YAML front matter at the top of a Markdown file, with the file
 * line of every value. A file without front matter yields `{}`, so that the
 * schema can say which fields are missing.
 */
export function parseFrontMatter(source: string): ParsedYaml {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return {data: {}, lineOf: () => 1, syntaxErrors: []};
  }
  // Front matter starts on the line after the opening `---`.
  const parsed = parseYamlWithLines(match[1] ?? '', 2);
  return {...parsed, data: parsed.data ?? {}};
}
