import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {joiProblems, locateProblems} from '../utils/problems';
import {parseYamlWithLines} from '../utils/yaml';
import type {LocatedProblem} from '../utils/problems';
import type {ObjectSchema} from 'joi';

/**
 * Reads one imported YAML file of `data/countries/` and validates it, naming
 * the line of every problem. A missing file is a problem too: the site needs
 * every file, which `npm run countries:import` and `npm run income:import` write.
 */
export function loadCountryData<T>(siteDir: string, file: string, schema: ObjectSchema<T>, expected: Record<string, string>, command = 'countries:import'): {value: T | null; problems: LocatedProblem[]} {
  const absolute = path.join(siteDir, file);
  if (!existsSync(absolute)) {
    return {value: null, problems: [{file, line: 1, field: '(file)', message: `is missing: run \`npm run ${command}\` (README, section "Indicators")`}]};
  }
  const parsed = parseYamlWithLines(readFileSync(absolute, 'utf8'));
  const {value, error} = parsed.syntaxErrors.length > 0 ? {value: undefined, error: undefined} : schema.validate(parsed.data, {abortEarly: false, convert: false});
  const problems = locateProblems(file, parsed, error ? joiProblems(error, expected) : []);
  return problems.length > 0 || value === undefined ? {value: null, problems} : {value, problems: []};
}
