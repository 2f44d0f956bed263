import path from 'node:path';
import {csvParseRows} from 'd3-dsv';
import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {selectAll} from 'hast-util-select';
import {toString} from 'hast-util-to-string';
import {describe, expect, it} from 'vitest';
import {loadGroupings} from '../../../plugins/countries/groupings';
import {loadIncomeGroups} from '../../../plugins/countries/income';
import {loadCountryNames} from '../../../plugins/countries/names';
import {readEventFiles} from '../../../plugins/events/loadEvents';
import {toCsv, toJson} from '../../../plugins/indicators/downloads';
import {labelsFrom} from '../../../plugins/indicators/labels';
import {participationSection} from '../../../plugins/indicators/participationSection';
import {meetingCells} from '../../../plugins/participation/cells';
import {meetingFigures} from '../../../plugins/participation/figures';
import {readParticipationFiles, validateParticipation} from '../../../plugins/participation/load';
import {placer, worldOf} from '../../../plugins/participation/places';
import {bounds, isPinned, knowledge} from '../../../plugins/participation/suppress';
import type {EventData} from '../../../plugins/events/types';
import type {LinearCell} from '../../../plugins/participation/cells';
import type {Disclosure} from '../../../plugins/participation/suppress';
import type {ParticipationData} from '../../../plugins/participation/types';

const SITE = path.join(__dirname, '../../..');
const THRESHOLD = 5;
const names = loadCountryNames(SITE).names!;
const placeOf = placer(names, loadGroupings(SITE).groupings!, loadIncomeGroups(SITE).income!);
const world = worldOf(names, placeOf);
const events = new Map(readEventFiles(SITE, path.join(SITE, 'data/events')).map((file) => [file.id, file.parsed.data as EventData]));
const {meetings, problems} = validateParticipation(readParticipationFiles(SITE, path.join(SITE, 'data/participation')), {
  events,
  countries: new Set(names.countries.map((c) => c.iso3)),
  groupOf: (code) => placeOf(code).group,
  now: new Date('2026-12-07T00:00Z'),
});
const figures = meetingFigures(meetings, events, world, THRESHOLD);
const content = {threshold: THRESHOLD, meetings: figures, lists: {groupings: {as_of: '2024-09-25', source: 'UNSD'}, income: {as_of: '2025-07-01', fiscal_year: 'FY2026', source: 'World Bank'}}};
const section = participationSection(content, names, labelsFrom(undefined), {locale: 'en', lang: 'en', rtl: false})!;

/**
 * Everything the site publishes about the meetings, read back from what it
 * writes: every download (CSV and JSON) of the indicators page, keyed by the
 * meeting's id and the column. The tables' columns are the cells' keys in
 * the order the section writes them.
 */
function published(): Map<string, Map<string, string>> {
  const byMeeting = new Map<string, Map<string, string>>();
  const put = (event: string, key: string, value: string) => {
    const cells = byMeeting.get(event) ?? new Map<string, string>();
    const before = cells.get(key);
    // The same cell published twice must say the same everywhere.
    if (before !== undefined) expect(value, `${event} ${key}`).toBe(before);
    cells.set(key, value);
    byMeeting.set(event, cells);
  };
  const regionKeys = [...names.regions.map((r) => `region.${r.m49}`), 'region.unknown'];
  const keysOf: Record<string, string[]> = {
    'participation-by-group': ['group.ldc', 'group.lldc', 'group.sids', 'group.other', 'group.unclassified', 'total'],
    'participation-by-region': [...regionKeys, 'total'],
    'participation-by-income': ['income.low', 'income.lower_middle', 'income.upper_middle', 'income.high', 'income.none', 'income.unknown', 'total'],
    'participation-share-ldc-lldc-sids': ['share:group.ldc+group.lldc+group.sids', 'total'],
    'participation-women': ['women', 'total', 'share:women'],
    'participation-first-time': ['firstTime', 'total', 'share:firstTime'],
    'participation-fellowships': ['fellowship.ldc', 'fellowship.lldc', 'fellowship.sids', 'fellowship.other', 'fellowship.unclassified', 'fellowships'],
  };
  for (const indicator of section.indicators) {
    const [, ...rows] = csvParseRows(toCsv(indicator));
    const json = JSON.parse(toJson(indicator)) as {rows: (string | number | null)[][]};
    expect(json.rows.map((row) => row.map(String))).toEqual(rows);
    for (const row of rows) {
      const [event = '', , ...values] = row;
      const keys = indicator.id === 'participation-mode-by-group' ? ['mode', ...['ldc', 'lldc', 'sids', 'other', 'unclassified'].map((g) => `groupMode.${g}.${values[0]}`), `mode.${values[0]}`] : keysOf[indicator.id];
      expect(keys, indicator.id).toBeDefined();
      keys!.forEach((key, i) => key !== 'mode' && put(event, key, values[i] ?? ''));
    }
  }
  return byMeeting;
}

/** An attacker's equations: every published number, a hidden cell's "fewer than" range, facts such as "a fellow is a participant". */
function attack(data: ParticipationData, shown: Map<string, string>) {
  const {cells, facts} = meetingCells(data, world);
  const byKey = new Map(cells.map((cell) => [cell.key, cell]));
  const status = new Map<string, Disclosure>();
  const extra: {terms: Record<string, number>; min: number; max: number}[] = [];
  for (const [key, value] of shown) {
    if (key.startsWith('share:')) {
      // A share in % of a published total, rounded to 0.1: the numerator is within half a tenth of a percent.
      const parts = key.slice('share:'.length).split('+').map((k) => byKey.get(k)!);
      const total = Number(shown.get('total'));
      if (value === 'hidden' || Number.isNaN(total)) continue;
      const terms = Object.assign({}, ...parts.map((p) => p.terms)) as Record<string, number>;
      extra.push({terms, min: ((Number(value) - 0.05) / 100) * total, max: ((Number(value) + 0.05) / 100) * total});
      continue;
    }
    status.set(key, value === `<${THRESHOLD}` ? 'fewer' : value === 'hidden' ? 'hidden' : 'shown');
    if (status.get(key) === 'shown') expect(Number(value), `${data.event} ${key}`).toBe(byKey.get(key)?.value);
  }
  // A cell that is published nowhere tells nothing.
  const seen = cells.filter((cell) => !cell.publish || status.has(cell.key));
  const conditions = [...knowledge(seen, status, facts, THRESHOLD), ...extra];
  const protectedCells = cells.filter((cell: LinearCell) => (status.has(cell.key) ? status.get(cell.key) !== 'shown' : !cell.publish && cell.value > 0 && cell.value < THRESHOLD));
  return protectedCells.map((cell) => ({cell, range: bounds(cell.terms, conditions, true)}));
}

describe('suppression of the sample meetings', () => {
  const everything = published();

  it('the sample data are valid and show at least one suppressed cell', () => {
    expect(problems).toEqual([]);
    expect(figures.length).toBeGreaterThanOrEqual(12);
    expect([...everything.values()].some((cells) => [...cells.values()].includes('<5'))).toBe(true);
    expect([...everything.values()].some((cells) => [...cells.values()].includes('hidden'))).toBe(true);
  });

  it('no hidden cell can be recomputed from everything published (integer programming over all tables, shares and facts)', () => {
    for (const data of meetings) {
      const shown = everything.get(data.event)!;
      for (const {cell, range} of attack(data, shown)) {
        expect(isPinned(range), `${data.event} ${cell.key} = ${cell.value} is recomputed as ${range.min}..${range.max}`).toBe(false);
        expect(cell.value).toBeGreaterThanOrEqual(Math.ceil(range.min - 1e-6));
        expect(cell.value).toBeLessThanOrEqual(Math.floor(range.max + 1e-6));
      }
    }
  });

  it('the charts say no more than the tables: every number in their text alternatives is a published one', () => {
    for (const indicator of section.indicators) {
      if (!indicator.svg) continue;
      const tree = fromHtml(indicator.svg, {fragment: true});
      // Axis ticks are the scale, not data.
      const texts = selectAll('text:not(.bsg-chart__tick), title', tree).map((node) => toString(node));
      const tableTexts = new Set(indicator.table.rows.flatMap((row) => row.map((cell) => cell.text)));
      for (const text of texts) {
        const number = /(?:^|: )(\d+(?:\.\d)?)$/.exec(text)?.[1];
        if (number !== undefined && !/^\d{4}$/.test(text)) expect(tableTexts.has(number) || [...tableTexts].some((t) => t === number), `${indicator.id}: "${text}"`).toBe(true);
      }
      // Nothing hidden is drawn: no segment's tooltip carries a value the table hides.
      expect(toHtml(tree)).not.toMatch(/hidden: \d/);
    }
  });

  it('the hidden numbers never leave the build: the page data holds only "fewer" and "hidden" for them', () => {
    const json = JSON.stringify(figures);
    for (const data of meetings) {
      const {cells} = meetingCells(data, world);
      const meeting = figures.find((m) => m.event === data.event)!;
      for (const cell of cells.filter((c) => c.publish && typeof meeting.cells[c.key] !== 'number')) expect(['fewer', 'hidden']).toContain(meeting.cells[cell.key]);
    }
    expect(json).not.toMatch(/"participants"/);
  });
});
