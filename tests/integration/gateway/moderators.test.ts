/**
 * Who is a moderator, asked of the GitHub emulator through the App's
 * installation as the gateway asks GitHub: triage rights on the moderation
 * repository and a place in `MODERATORS` or `MODERATORS_TEAM`; answers
 * cached for a while, failures thrown (never cached, never a yes or a no).
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {repository} from '../../emulator/repository';
import {installationClient} from '../../../gateway/github/client';
import {MODERATOR_CACHE_MS, moderatorCheck} from '../../../gateway/github/moderators';
import {MODERATION, PEOPLE, startGitHubWithApp} from './harness';
import type {Octokit} from '@octokit/rest';
import type {Emulator} from '../../emulator/github';
import type {EmuApp} from '../../emulator/githubApp';

const moderation = {owner: 'bsg-hub', name: 'moderation'};
let app: EmuApp;
let emulator: Emulator;
let octokit: Octokit;

beforeAll(async () => {
  const github = await startGitHubWithApp(repository(0));
  ({app, emulator} = github);
  const key = github.env.GITHUB_APP_PRIVATE_KEY!.replace(/\\n/g, '\n');
  octokit = await installationClient({appId: app.id, privateKey: key, moderationRepository: moderation}, emulator.url, moderation)();
  app.collaborators.get(MODERATION)!.set('team-tara', 'triage').set('invited-ivan', 'admin');
  app.teams.set('bsg-hub/moderators', new Map([['team-tara', 'active'], ['invited-ivan', 'pending'], [PEOPLE.reader, 'active']]));
}, 60_000);
afterAll(() => emulator?.close());

const permissionCalls = () => app.calls.filter((call) => call.endsWith('/permission')).length;

describe('moderatorCheck', () => {
  test('a team: its active members who can triage, nobody else', async () => {
    const isModerator = moderatorCheck({logins: [], team: {org: 'bsg-hub', slug: 'moderators'}}, moderation);
    expect(await isModerator(octokit, 'team-tara')).toBe(true);
    // Invited, not yet a member; a member who can only read; a triager outside the team; no such person.
    expect(await isModerator(octokit, 'invited-ivan')).toBe(false);
    expect(await isModerator(octokit, PEOPLE.reader)).toBe(false);
    expect(await isModerator(octokit, PEOPLE.triager)).toBe(false);
    expect(await isModerator(octokit, 'nobody-at-all')).toBe(false);
    expect(app.calls).toContain('GET /orgs/bsg-hub/teams/moderators/memberships/team-tara');
  });

  test('a list of logins, as GitHub compares them (any case), each still needing triage rights', async () => {
    const isModerator = moderatorCheck({logins: ['Moderator-Lina', PEOPLE.reader], team: null}, moderation);
    expect(await isModerator(octokit, PEOPLE.moderator)).toBe(true);
    expect(await isModerator(octokit, 'MODERATOR-LINA')).toBe(true);
    expect(await isModerator(octokit, PEOPLE.reader)).toBe(false);
    expect(await isModerator(octokit, PEOPLE.otherModerator)).toBe(false);
  });

  test(`answers kept ${MODERATOR_CACHE_MS / 60_000} minutes; a failure is thrown and not kept`, async () => {
    let now = 1_000_000;
    const isModerator = moderatorCheck({logins: [PEOPLE.moderator], team: null}, moderation, {now: () => now});
    app.failPermissions = 1;
    await expect(isModerator(octokit, PEOPLE.moderator)).rejects.toMatchObject({status: 502});
    const calls = permissionCalls();
    expect(await isModerator(octokit, PEOPLE.moderator)).toBe(true);
    expect(await isModerator(octokit, PEOPLE.moderator)).toBe(true);
    expect(permissionCalls()).toBe(calls + 1);
    // Removed from the repository: still a moderator until the answer is too old.
    app.collaborators.get(MODERATION)!.delete(PEOPLE.moderator);
    now += MODERATOR_CACHE_MS - 1;
    expect(await isModerator(octokit, PEOPLE.moderator)).toBe(true);
    now += 1;
    expect(await isModerator(octokit, PEOPLE.moderator)).toBe(false);
    app.collaborators.get(MODERATION)!.set(PEOPLE.moderator, 'triage');
  });

  test('neither a list nor a team: nobody, and GitHub is not asked', async () => {
    const calls = app.calls.length;
    expect(await moderatorCheck({logins: [], team: null}, moderation)(octokit, PEOPLE.moderator)).toBe(false);
    expect(app.calls).toHaveLength(calls);
  });
});
