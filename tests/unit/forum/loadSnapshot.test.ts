import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadSnapshot} from '../../../plugins/forum/loadSnapshot';
import {loadPeople} from '../../../plugins/forum/people';
import {formatProblems} from '../../../plugins/utils/problems';

const fixture = path.join(__dirname, '../../fixtures/invalid-forum-snapshot');
const site = path.join(__dirname, '../../..');

describe('loadSnapshot', () => {
  it('reads the sample snapshot shipped with the site', () => {
    const {snapshot, problems} = loadSnapshot(site, path.join(site, 'data/forum'));
    expect(problems).toEqual([]);
    expect(snapshot.state.sample).toBe(true);
    expect(snapshot.threads.length).toBeGreaterThanOrEqual(30);
  });

  it('reports every bad file with its line and field, and keeps the good threads out of the way', () => {
    const {snapshot, problems} = loadSnapshot(fixture, path.join(fixture, 'forum'));
    expect(snapshot.threads).toEqual([]);
    expect(formatProblems('Invalid forum snapshot', problems, '')).toMatchInlineSnapshot(`
      "Invalid forum snapshot: 14 problem(s) in 7 file(s).
      - forum/state.json:1 sample: found nothing (the field is missing), expected true for a made-up sample snapshot, false for one synced from GitHub
      - forum/state.json:2 schema_version: found 0, expected the snapshot format version, 1
      - forum/threads/0001.json:2 number: found 2, expected 1, the number in the file name
      - forum/threads/0003.json:6 author.association: found 'STRANGER', expected one of OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIMER, FIRST_TIME_CONTRIBUTOR, NONE
      - forum/threads/0003.json:7 created_at: found 'yesterday', expected an ISO 8601 time such as 2026-11-20T08:00:00Z
      - forum/threads/0003.json:11 lock_reason: found 'boring', expected null, or when locked one of off-topic, too-heated, resolved, spam
      - forum/threads/0003.json:14 upvotes: found -1, expected a count, 0 or more
      - forum/threads/0004.json:15 answer_id: found 'DC_missing', expected null or the id of a top-level comment
      - forum/threads/0005.json:3 (json): is not valid JSON: Unterminated string in JSON at position 38
      - forum/threads/0006.json:5 url: found 'javascript:alert(document.domain)//https://github.com/', expected the discussion’s GitHub URL
      - forum/threads/0006.json:6 author.login: found 'x"><script>alert(1)</script>', expected a GitHub login
      - forum/threads/0006.json:11 lock_reason: found '$& <meta http-equiv=refresh content=0;url=https://evil.example>', expected null, or when locked one of off-topic, too-heated, resolved, spam
      - forum/threads/0006.json:13 close_reason: found \`$'"><script>alert(2)</script>\`, expected null, or when closed one of resolved, outdated, duplicate
      - forum/threads/notes.json:1 (file name): found 'notes.json', expected <number>.json
      "
    `);
  });
});

describe('loadPeople', () => {
  it('reads the experts and mentors', () => {
    const {people, problems} = loadPeople(site, path.join(site, 'data/people'));
    expect(problems).toEqual([]);
    expect(people.find((p) => p.login === 'expert-sg2-lina')).toMatchObject({role: 'expert', study_groups: ['SG2']});
  });
});
