import path from 'node:path';
import {loadGroupings} from '../countries/groupings';
import {loadIncomeGroups} from '../countries/income';
import {countryNamesOfBuild} from '../countries/names';
import {readEventFiles} from '../events/loadEvents';
import {oncePerBuild} from '../utils/oncePerBuild';
import {formatProblems} from '../utils/problems';
import {meetingFigures} from './figures';
import {readParticipationFiles, validateParticipation} from './load';
import {validateOptions} from './options';
import {placer, worldOf} from './places';
import type {EventData} from '../events/types';
import type {MeetingFigures} from './figures';
import type {PluginOptions} from './options';
import type {CountryGroupings, IncomeGroups} from '../countries/types';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

/** What the indicators, event and study-group pages read (`allContent.participation.default`). */
export type ParticipationContent = {
  threshold: number;
  meetings: MeetingFigures[];
  /** The lists the meetings are grouped by, with their dates and sources, for the pages to say. */
  lists: {groupings: Pick<CountryGroupings, 'as_of' | 'source'>; income: Pick<IncomeGroups, 'as_of' | 'fiscal_year' | 'source'>};
};

/**
 * Participation in meetings: reads `data/participation/<event id>.yml`,
 * validates each file against its event and the UN country data, and
 * computes each meeting's published cells, small ones suppressed with their
 * complements. Locale-independent, so done once per build.
 */
function participationPlugin(context: LoadContext, options: PluginOptions): Plugin<ParticipationContent> {
  const {siteDir} = context;
  const dataDir = path.resolve(siteDir, options.dataDir);
  const eventsDir = path.resolve(siteDir, options.eventsDir);
  return {
    name: 'participation',
    getPathsToWatch: () => [path.join(dataDir, '*.yml')],
    loadContent: () => oncePerBuild(`participation:${dataDir}:${eventsDir}`, async () => {
      const {groupings, problems: groupProblems} = loadGroupings(siteDir);
      const {income, problems: incomeProblems} = loadIncomeGroups(siteDir);
      const {names, problems: nameProblems} = await countryNamesOfBuild(siteDir);
      if (!groupings || !income || !names) throw new Error(formatProblems('Invalid country data', [...groupProblems, ...incomeProblems, ...nameProblems], 'The files are described in README.md, section "Indicators".'));
      // Event files that do not parse fail the build in the events plugin.
      const events = new Map(readEventFiles(siteDir, eventsDir).flatMap((file) => (file.parsed.data && typeof file.parsed.data === 'object' ? [[file.id, file.parsed.data as EventData] as const] : [])));
      const placeOf = placer(names, groupings, income);
      const {meetings, problems} = validateParticipation(readParticipationFiles(siteDir, dataDir), {events, countries: new Set(names.countries.map((c) => c.iso3)), groupOf: (code) => placeOf(code).group, now: new Date()});
      if (problems.length > 0) throw new Error(formatProblems('Invalid participation data', problems, 'The participation files are described in README.md, section "Participation".'));
      return {
        threshold: options.threshold,
        meetings: meetingFigures(meetings, events, worldOf(names, placeOf), options.threshold),
        lists: {groupings: {as_of: groupings.as_of, source: groupings.source}, income: {as_of: income.as_of, fiscal_year: income.fiscal_year, source: income.source}},
      };
    }),
  };
}

/** Docusaurus types a plugin module for any options; this one only receives what `validateOptions` returned. */
export default Object.assign(participationPlugin, {validateOptions}) as unknown as PluginModule;
