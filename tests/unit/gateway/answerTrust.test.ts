import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {isTrusted, loadExperts, repliesToMail} from '../../../gateway/questions/answerTrust';
import type {AnswerComment} from '../../../gateway/github/answerComments';

const ROOT = path.join(__dirname, '../../..');
const comment = (id: string, association = 'NONE', login: string | null = 'someone', bot = false): AnswerComment => ({
  id, url: `https://github.com/o/r/discussions/1#discussioncomment-${id}`, body: `Body ${id}`, association, author: login === null ? null : {login, bot},
});

describe('whose answers an email quotes', () => {
  const experts = loadExperts(ROOT);

  test('the experts of data/people (not the mentors), read with the forum\'s loader', () => {
    expect(experts.has('expert-sg2-lina')).toBe(true);
    expect(experts.has('mentor-sg3-pablo')).toBe(false);
  });

  test('maintainers by GitHub\'s association now, and experts by login (in any case); no one else, no App, no deleted account', () => {
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR']) expect(isTrusted(comment('A', association), experts)).toBe(true);
    for (const association of ['CONTRIBUTOR', 'FIRST_TIMER', 'FIRST_TIME_CONTRIBUTOR', 'NONE', 'toString']) expect(isTrusted(comment('A', association), experts)).toBe(false);
    expect(isTrusted(comment('A', 'NONE', 'Expert-SG12-Kofi'), experts)).toBe(true);
    expect(isTrusted(comment('A', 'NONE', 'mentor-sg3-pablo'), experts)).toBe(false);
    expect(isTrusted(comment('A', 'OWNER', 'bsg-hub-gateway', true), experts)).toBe(false);
    expect(isTrusted(comment('A', 'NONE', 'expert-sg2-lina', true), experts)).toBe(false);
    expect(isTrusted(comment('A', 'MEMBER', null), experts)).toBe(false);
  });

  test('each comment once (as the accepted answer if it is one), in order; gone ones dropped; others counted, never quoted', () => {
    const waiting = [
      {comment_id: 'A', kind: 'answer'},
      {comment_id: 'B', kind: 'answer'},
      {comment_id: 'C', kind: 'answer'},
      {comment_id: 'D', kind: 'answer'},
      {comment_id: 'A', kind: 'accepted'},
    ] as const;
    const now = new Map([['A', comment('A', 'MEMBER')], ['B', comment('B')], ['C', null], ['D', comment('D', 'NONE', 'expert-sg5-ana')]]);
    expect(repliesToMail(waiting, now, experts)).toEqual({quoted: [{kind: 'accepted', body: 'Body A'}, {kind: 'answer', body: 'Body D'}], others: 1});
    expect(repliesToMail(waiting, new Map(), experts)).toEqual({quoted: [], others: 0});
  });

  test('the gateway does not start without the list, or with a list it cannot read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'people-'));
    try {
      expect(() => loadExperts(dir)).toThrow(`${path.join('data', 'people')} is missing: the gateway reads the forum's experts there`);
      fs.mkdirSync(path.join(dir, 'data', 'people'), {recursive: true});
      fs.writeFileSync(path.join(dir, 'data', 'people', 'people.yml'), '- login: someone\n  name: Some One\n  role: guru\n  study_groups: [SG2]\n');
      expect(() => loadExperts(dir)).toThrow(/Invalid experts list: 1 problem\(s\) in 1 file\(s\)\.\n- data\/people\/people\.yml:3 \[0\]\.role: found 'guru', expected expert or mentor/);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});
