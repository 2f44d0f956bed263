import {inspect} from 'node:util';
import type {ValidationError} from 'joi';
import type {ParsedYaml} from './yaml';

/** One invalid value: where it is (a path into the parsed data) and why. */
export type DataProblem = {
  path: (string | number)[];
  found: unknown;
  expected: string;
};

/** A problem placed in a file: what the build prints. */
export type LocatedProblem = {file: string; line: number; field: string; message: string};

/**
 * Turns Joi's details into problems. `expected` describes each field in words;
 * it is looked up by the last string segment of the path (`programme` for
 * `programme[1]`, `title` for `[3].title`, `''` for the root).
 */
export function joiProblems(error: ValidationError, expected: Record<string, string>): DataProblem[] {
  return error.details.map((detail) => {
    // The root of the data has the field name ''.
    const field = [...detail.path].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
    return {
      path: detail.path,
      found: detail.type === 'any.required' ? undefined : detail.context?.value,
      expected: expected[field] ?? detail.message,
    };
  });
}

const formatPath = (path: readonly (string | number)[]) =>
  path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');

const formatFound = (found: unknown) =>
  found === undefined ? 'nothing (the field is missing)' : inspect(found, {breakLength: Infinity});

/**
 * Places problems at their line in `file`. YAML syntax errors come first;
 * `describe` may name the entry a path points into (e.g. `entry E.164`).
 */
export function locateProblems(
  file: string,
  parsed: ParsedYaml,
  problems: readonly DataProblem[],
  describe: (path: readonly (string | number)[]) => string = (path) => formatPath(path) || '(root)',
): LocatedProblem[] {
  const syntax = parsed.syntaxErrors.map((error) => ({
    file,
    line: error.line,
    field: '(yaml)',
    message: `is not valid YAML: ${error.message}`,
  }));
  const schema = problems.map((problem) => ({
    file,
    line: parsed.lineOf(problem.path),
    field: describe(problem.path),
    message: `found ${formatFound(problem.found)}, expected ${problem.expected}`,
  }));
  return [...syntax, ...schema];
}

/** All problems of all files as one message, sorted by file and line. */
export function formatProblems(title: string, problems: readonly LocatedProblem[], hint: string): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const lines = [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map((p) => `- ${p.file}:${p.line} ${p.field}: ${p.message}`);
  return [`${title}: ${problems.length} problem(s) in ${files} file(s).`, ...lines, hint].join('\n');
}
