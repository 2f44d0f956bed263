import type {TranslationProblem} from '../check/checkTranslation';

export type {TranslationProblem};

const FIELD_TYPES = {file: 'string', line: 'number', locale: 'string', page: 'string', rule: 'string', message: 'string'} as const;

const describe = (value: unknown) => (value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

/**
 * Reads the output of the check. Throws an `Error` saying what is wrong with
 * it, for the caller to prefix with the file it came from.
 */
export function parseCheckOutput(json: string): TranslationProblem[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`, {cause: error});
  }
  const problems: unknown = typeof data === 'object' && data !== null ? (data as {problems?: unknown}).problems : undefined;
  if (!Array.isArray(problems)) throw new Error('expected {"problems": […]}, the output of `npm run translations -- check --json`');
  problems.forEach((problem: unknown, index) => {
    const fields = typeof problem === 'object' && problem !== null ? (problem as Record<string, unknown>) : {};
    const wrong = Object.entries(FIELD_TYPES).find(([key, type]) => typeof fields[key] !== type);
    if (wrong) throw new Error(`problems[${index}].${wrong[0]} should be a ${wrong[1]}, found ${describe(fields[wrong[0]])}`);
  });
  return problems as TranslationProblem[];
}
