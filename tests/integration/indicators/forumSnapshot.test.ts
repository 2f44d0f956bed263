import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadCountryNames} from '../../../plugins/countries/names';
import {loadSnapshot} from '../../../plugins/forum/loadSnapshot';
import {publishedThreads, toThreadView} from '../../../plugins/forum/threads';
import {askerIndicators} from '../../../plugins/indicators/compute/askers';
import {countryClassifier} from '../../../plugins/indicators/compute/countries';
import {questionIndicators} from '../../../plugins/indicators/compute/questions';
import type {Person, Thread} from '../../../plugins/forum/types';

/*
 * The forum indicators from a snapshot on disk, read as the site reads it:
 * four threads with known answers, then the same snapshot after a sync that
 * brings an accepted answer and a new question.
 */
const FIXTURE = path.join(__dirname, '../../fixtures/indicators-snapshot');
const people = new Map<string, Person>([
  ['ana-expert', {login: 'ana-expert', name: 'Ana', role: 'expert', study_groups: ['SG12']}],
  ['mo-mentor', {login: 'mo-mentor', name: 'Mo', role: 'mentor', study_groups: ['SG2']}],
]);
const groupings = {as_of: '2026-01-01', source: 'test fixture', ldc: ['ZMB'], lldc: ['ZMB'], sids: ['FJI']};
const names = loadCountryNames(path.join(__dirname, '../../..')).names ?? expect.unreachable('data/countries/names.yml is missing or invalid');

function indicatorsOf(dir: string) {
  const {snapshot, problems} = loadSnapshot(dir, dir);
  expect(problems).toEqual([]);
  const threads = publishedThreads(snapshot.threads, 'hidden').map((thread) => toThreadView(thread, people, () => ''));
  return {
    questions: questionIndicators(threads, snapshot.state.synced_at),
    askers: askerIndicators(threads.map((thread) => thread.tags.country), countryClassifier(names, groupings), names.regions.map((region) => region.m49)),
  };
}

const temporary: string[] = [];
afterEach(() => temporary.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function copyOfFixture() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'indicators-'));
  temporary.push(dir);
  cpSync(FIXTURE, dir, {recursive: true});
  return dir;
}

describe('forum indicators of the fixture snapshot', () => {
  const {questions, askers} = indicatorsOf(FIXTURE);

  it('counts questions per month, up to the month of the snapshot', () => {
    expect(questions.perMonth).toEqual([
      {month: '2026-03', questions: 2},
      {month: '2026-04', questions: 1},
      {month: '2026-05', questions: 1},
    ]);
  });

  it('tells accepted, answered and waiting questions apart', () => {
    expect(Object.fromEntries(questions.states)).toEqual({accepted: 2, replied: 1, waiting: 1});
  });

  it('measures response times from answers by others than the asker', () => {
    // First answers after 1, 3 (the asker's own comment after half a day does not count) and 2 days.
    expect(questions.responseTimes).toEqual([
      {studyGroup: null, firstAnswer: {count: 3, median: 2, p90: 2.8}, acceptedAnswer: {count: 2, median: 2, p90: 2.8}},
      {studyGroup: 'SG2', firstAnswer: {count: 1, median: 2, p90: 2}, acceptedAnswer: {count: 0, median: null, p90: null}},
      {studyGroup: 'SG12', firstAnswer: {count: 2, median: 2, p90: 2.8}, acceptedAnswer: {count: 2, median: 2, p90: 2.8}},
    ]);
  });

  it('counts answers by experts, mentors and other members', () => {
    expect(Object.fromEntries(questions.answersByRole)).toEqual({expert: 1, mentor: 1, member: 1});
  });

  it('lists the open questions without an accepted answer, longest wait first', () => {
    expect(questions.longestWaiting).toEqual([
      {number: 3, title: 'Answered in two days, none accepted', language: 'es', days: 56},
      {number: 4, title: 'Still waiting', language: 'en', days: 30},
    ]);
  });

  it('groups askers by UN country group and M49 region', () => {
    expect(Object.fromEntries(askers.byGroup)).toEqual({ldc: 1, lldc: 0, sids: 1, other: 2, unclassified: 0});
    expect(Object.fromEntries(askers.byRegion)).toEqual({'002': 1, '019': 1, '142': 0, '150': 1, '009': 1, null: 0});
  });
});

describe('after the snapshot changes', () => {
  it('follows an accepted answer and a new question', () => {
    const dir = copyOfFixture();
    const file = path.join(dir, 'threads/0004.json');
    const waiting = JSON.parse(readFileSync(file, 'utf8')) as Thread;
    const answer = {...waiting, answer_id: 'C4_1', comments: [{id: 'C4_1', author: {login: 'ana-expert', url: 'https://github.com/ana-expert', association: 'NONE' as const}, body: 'Yes.', created_at: '2026-05-03T00:00:00Z', updated_at: '2026-05-03T00:00:00Z', upvotes: 0, minimized: false, minimized_reason: null, replies: []}]};
    writeFileSync(file, JSON.stringify(answer));
    const asked = {...waiting, number: 5, title: 'A new question from Zambia', url: 'https://github.com/bsg-hub/fixture/discussions/5', created_at: '2026-05-20T00:00:00Z', updated_at: '2026-05-20T00:00:00Z', labels: ['sg:SG2', 'lang:en', 'country:Zambia']};
    writeFileSync(path.join(dir, 'threads/0005.json'), JSON.stringify(asked));

    const before = indicatorsOf(FIXTURE);
    const after = indicatorsOf(dir);
    expect(after.questions.perMonth.at(-1)).toEqual({month: '2026-05', questions: 2});
    expect(Object.fromEntries(after.questions.states)).toEqual({accepted: 3, replied: 1, waiting: 1});
    // First answers after 1, 3, 2 and now 2 days: the median stays, the 90th percentile moves.
    expect(after.questions.responseTimes[0]?.firstAnswer).toEqual({count: 4, median: 2, p90: 2.7});
    expect(after.questions.answersByRole.get('expert')).toBe((before.questions.answersByRole.get('expert') ?? 0) + 1);
    expect(after.questions.longestWaiting.map((w) => w.number)).toEqual([3, 5]);
    expect(after.askers.byGroup.get('ldc')).toBe(2);
  });
});
