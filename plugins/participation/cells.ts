import {COUNTRY_GROUPS} from '../indicators/compute/countries';
import {INCOME_KEYS} from './places';
import {MODES} from './types';
import type {CountryGroup} from '../indicators/compute/countries';
import type {Place} from './places';
import type {Mode, ParticipationData} from './types';

/** A sum of unknowns with coefficients: what a cell counts, as someone who wants to undo a table sees it. */
export type Terms = Record<string, number>;

/**
 * One number about a meeting: its key (`total`, `group.ldc`,
 * `groupMode.sids.remote`, `region.002`, `income.low`, `women`…), what it
 * sums and its value. Cells that are not published (`publish: false`) are
 * the complements a published cell implies, such as the participants who
 * are not women: they are protected like the others.
 */
export type LinearCell = {key: string; terms: Terms; value: number; publish: boolean};

/** What is known without any table: `terms` are at most `max` (a fellow is a participant of the group). */
export type Fact = {terms: Terms; max: number};

/** The UN lists as a reader knows them: every kind of country (group, region, income) there is, and how to place a country. */
export type World = {places: readonly Place[]; placeOf: (code: string) => Place; regions: readonly string[]};

/** The unknowns: participants of one kind of country (group, region, income) in one mode; answers to the optional questions. */
const variable = (place: Place, mode: Mode) => `x:${place.group}|${place.region ?? '-'}|${place.income}|${mode}`;

const sumOf = (names: Iterable<string>): Terms => Object.fromEntries([...names].map((name) => [name, 1]));

/**
 * The cells published about one meeting: the totals, each mode, each UN
 * group (and each group in each mode), each M49 region, each income group,
 * and where asked, women, first-time
 * participants and fellowships. No cell adds up several meetings: each
 * meeting's cells depend on it alone, so protecting each meeting protects all.
 */
export function meetingCells(data: ParticipationData, world: World): {cells: LinearCell[]; facts: Fact[]} {
  const values = new Map<string, number>();
  // Every kind of country there is, attended or not: a reader knows the lists, not who came.
  const places = new Map(world.places.flatMap((place) => MODES.map((mode) => [variable(place, mode), place] as const)));
  for (const [code, counts] of Object.entries(data.participants)) {
    const place = world.placeOf(code);
    for (const mode of MODES) {
      const name = variable(place, mode);
      values.set(name, (values.get(name) ?? 0) + counts[mode]);
      places.set(name, place);
    }
  }
  const {regions} = world;
  const where = (test: (place: Place, mode: Mode) => boolean) => [...places].filter(([name, place]) => test(place, name.endsWith('|remote') ? 'remote' : 'in_person')).map(([name]) => name);
  const cell = (key: string, names: string[], publish = true): LinearCell => ({key, terms: sumOf(names), value: names.reduce((n, name) => n + (values.get(name) ?? 0), 0), publish});
  const everyone = [...places.keys()];
  const total = cell('total', everyone);
  const cells: LinearCell[] = [
    total,
    ...MODES.map((mode) => cell(`mode.${mode}`, where((_, m) => m === mode))),
    ...COUNTRY_GROUPS.map((group) => cell(`group.${group}`, where((p) => p.group === group))),
    ...COUNTRY_GROUPS.flatMap((group) => MODES.map((mode) => cell(`groupMode.${group}.${mode}`, where((p, m) => p.group === group && m === mode)))),
    ...[...regions, null].map((region) => cell(`region.${region ?? 'unknown'}`, where((p) => p.region === region))),
    ...INCOME_KEYS.map((income) => cell(`income.${income}`, where((p) => p.income === income))),
  ];
  const facts: Fact[] = [];
  /** A count of some participants (who answered yes) and its complement among all: both protected. */
  const part = (key: string, value: number) => {
    cells.push({key, terms: {[key]: 1}, value, publish: true}, {key: `${key}.complement`, terms: {...total.terms, [key]: -1}, value: total.value - value, publish: false});
  };
  if (data.first_time) part('firstTime', data.first_time.yes);
  if (data.gender) part('women', data.gender.woman);
  if (data.fellowships) {
    const fellows = data.fellowships;
    const name = (group: CountryGroup) => `fellowship.${group}`;
    cells.push(...COUNTRY_GROUPS.map((group) => ({key: name(group), terms: {[name(group)]: 1}, value: fellows[group], publish: true})));
    cells.push({key: 'fellowships', terms: sumOf(COUNTRY_GROUPS.map(name)), value: COUNTRY_GROUPS.reduce((n, group) => n + fellows[group], 0), publish: true});
    // A fellow is one of the participants of that group.
    facts.push(...COUNTRY_GROUPS.map((group) => ({terms: {[name(group)]: 1, ...Object.fromEntries(where((p) => p.group === group).map((n) => [n, -1]))}, max: 0})));
  }
  return {cells, facts};
}
