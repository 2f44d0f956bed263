import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {locateProblems} from '../utils/problems';
import {parseYamlWithLines} from '../utils/yaml';
import {validateParticipationData} from './dataSchema';
import {checkParticipation} from './rules';
import type {LocatedProblem} from '../utils/problems';
import type {ParsedYaml} from '../utils/yaml';
import type {ParticipationContext} from './rules';
import type {ParticipationData} from './types';

export type ParticipationFile = {file: string; id: string; parsed: ParsedYaml};

/** Reads every `*.yml` of `dir` (none if it does not exist), file names in order. */
export function readParticipationFiles(siteDir: string, dir: string): ParticipationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => ({file: path.relative(siteDir, path.join(dir, name)), id: name.slice(0, -'.yml'.length), parsed: parseYamlWithLines(readFileSync(path.join(dir, name), 'utf8'))}));
}

/**
 * Validates every participation file against its schema, its event and the
 * UN country data: all problems of all files at once, each with file, line
 * and field. The data are returned only when there is no problem.
 */
export function validateParticipation(
  files: readonly ParticipationFile[],
  context: ParticipationContext,
): {meetings: ParticipationData[]; problems: LocatedProblem[]} {
  const problems = files.flatMap(({file, id, parsed}) => {
    if (parsed.syntaxErrors.length > 0) return locateProblems(file, parsed, []);
    const shape = validateParticipationData(parsed.data);
    return locateProblems(file, parsed, shape.length > 0 ? shape : checkParticipation(parsed.data as ParticipationData, id, context));
  });
  return {meetings: problems.length > 0 ? [] : files.map((f) => f.parsed.data as ParticipationData), problems};
}
