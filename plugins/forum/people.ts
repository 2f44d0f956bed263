/**
 * Experts and mentors (`data/people/*.yml`): the forum gives their posts a
 * badge, and the question gateway quotes experts' answers in its emails. So
 * this module reads and checks the files without Docusaurus (the gateway
 * never loads it): Joi itself, the library Docusaurus re-exports.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import Joi from 'joi';
import {STUDY_GROUPS} from '../content-model/vocabulary';
import {joiProblems, locateProblems} from '../utils/problems';
import {parseYamlWithLines} from '../utils/yaml';
import type {LocatedProblem} from '../utils/problems';
import type {Person} from './types';

const personSchema = Joi.array().items(
  Joi.object({
    login: Joi.string().required(),
    name: Joi.string().required(),
    role: Joi.string().valid('expert', 'mentor').required(),
    study_groups: Joi.array().items(Joi.string().valid(...STUDY_GROUPS)).min(1).required(),
  }),
);

/** Every `*.yml` of `peopleDir` (none when it does not exist), with the problems of each file placed at their line. */
export function loadPeople(siteDir: string, peopleDir: string): {people: Person[]; problems: LocatedProblem[]} {
  const files = existsSync(peopleDir) ? readdirSync(peopleDir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
  const loaded = files.map((file) => {
    const parsed = parseYamlWithLines(readFileSync(path.join(peopleDir, file), 'utf8'));
    const {error} = personSchema.required().validate(parsed.data, {abortEarly: false, convert: false});
    const problems = error
      ? joiProblems(error, {login: 'a GitHub login', name: 'a name', role: 'expert or mentor', study_groups: `a list from ${STUDY_GROUPS.join(', ')}`})
      : [];
    return {data: parsed.data, problems: locateProblems(path.relative(siteDir, path.join(peopleDir, file)), parsed, problems)};
  });
  return {
    people: loaded.flatMap((l) => (l.problems.length === 0 && Array.isArray(l.data) ? (l.data as Person[]) : [])),
    problems: loaded.flatMap((l) => l.problems),
  };
}
