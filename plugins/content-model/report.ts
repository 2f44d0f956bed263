import {inspect} from 'node:util';
import type {FrontMatterProblem} from './frontMatter';
import type {ParsedFrontMatter} from './parseFrontMatter';

/** One problem, located in a file: what the build prints. */
export type LocatedProblem = {file: string; line: number; field: string; message: string};

const formatPath = (path: readonly (string | number)[]) =>
  path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');

const formatFound = (found: unknown) =>
  found === undefined ? 'nothing (the field is missing)' : inspect(found, {breakLength: Infinity});

/** Places schema problems at their line in the file. */
export function locateProblems(
  file: string,
  parsed: ParsedFrontMatter,
  problems: readonly FrontMatterProblem[],
): LocatedProblem[] {
  const syntax = parsed.syntaxErrors.map((error) => ({
    file,
    line: error.line,
    field: '(front matter)',
    message: `is not valid YAML: ${error.message}`,
  }));
  const schema = problems.map((problem) => ({
    file,
    line: parsed.lineOf(problem.path),
    field: formatPath(problem.path) || '(front matter)',
    message: `found ${formatFound(problem.found)}, expected ${problem.expected}`,
  }));
  return [...syntax, ...schema];
}

/** All problems of all files as one message, sorted by file and line. */
export function formatProblems(problems: readonly LocatedProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const lines = [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map((p) => `- ${p.file}:${p.line} ${p.field}: ${p.message}`);
  return [
    `Invalid front matter: ${problems.length} problem(s) in ${files} file(s).`,
    ...lines,
    'The fields are described in CONTRIBUTING.md, section "Page front matter".',
  ].join('\n');
}
