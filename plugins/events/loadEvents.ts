import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {recommendationParts} from '../catalogue/lookup';
import {locateProblems} from '../utils/problems';
import {parseYamlWithLines} from '../utils/yaml';
import {validateEventData} from './dataSchema';
import {checkEvent} from './rules';
import type {Catalogue} from '../catalogue/types';
import type {LocatedProblem} from '../utils/problems';
import type {ParsedYaml} from '../utils/yaml';
import type {EventCatalogue} from './rules';
import type {EventData} from './types';

/** One event file, read and parsed: what loadContent can do before the catalogue is there. */
export type EventFile = {file: string; id: string; parsed: ParsedYaml};

/** Reads every `*.yml` of `dir` (none if it does not exist), file names in order. */
export function readEventFiles(siteDir: string, dir: string): EventFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => {
      const absolute = path.join(dir, name);
      return {file: path.relative(siteDir, absolute), id: name.slice(0, -'.yml'.length), parsed: parseYamlWithLines(readFileSync(absolute, 'utf8'))};
    });
}

/** The parts of the catalogue that events point at. */
export function toEventCatalogue(catalogue: Pick<Catalogue, 'studyGroups' | 'recommendations'>): EventCatalogue {
  return {
    studyGroups: new Set(catalogue.studyGroups.map((group) => group.id)),
    regionalGroups: new Map(catalogue.studyGroups.flatMap((group) => group.regional_groups.map((rg) => [rg.code, rg.region] as const))),
    recommendations: new Set(catalogue.recommendations.flatMap((r) => recommendationParts(r.id))),
  };
}

/**
 * Validates every event file against the schema, the rules across fields and
 * the catalogue: all problems of all files at once, each with file, line and
 * field. The events are returned only when there is no problem.
 */
export function validateEvents(files: readonly EventFile[], catalogue: EventCatalogue): {events: EventData[]; problems: LocatedProblem[]} {
  const problems = files.flatMap(({file, id, parsed}) => {
    const found = parsed.syntaxErrors.length > 0 ? [] : [...validateEventData(parsed.data), ...checkEvent(parsed.data, id, catalogue)];
    return locateProblems(file, parsed, found);
  });
  return {events: problems.length > 0 ? [] : files.map((f) => f.parsed.data as EventData), problems};
}
