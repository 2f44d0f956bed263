/**
 * Who is a moderator, asked of GitHub (REST, the App's installation on the
 * moderation repository): a person with at least triage rights on that
 * repository (`GET /repos/{owner}/{repo}/collaborators/{username}/permission`)
 * who is also listed in `MODERATORS` or an active member of `MODERATORS_TEAM`
 * (`GET /orgs/{org}/teams/{team_slug}/memberships/{username}`). Triage rights
 * alone are not enough: they are given for other reasons (labelling,
 * tidying), and a decision speaks to a member in BSG Hub's name.
 *
 * GitHub's "no" (a 404: not a collaborator, not in the team, no such
 * account) is an answer; any other failure is thrown, so the job that asked
 * is retried rather than deciding either way. Answers are kept in memory for
 * `MODERATOR_CACHE_MS`, per process: a burst of decisions costs one look-up
 * per person, and someone removed stops counting within minutes.
 */
import type {Octokit} from '@octokit/rest';
import type {ModeratorsConfig} from '../config';
import type {Repository} from './client';

export const MODERATOR_CACHE_MS = 5 * 60_000;

export type IsModerator = (octokit: Octokit, login: string) => Promise<boolean>;

/** The roles that can label and close issues; `permission` is GitHub's older scale, where triage reads as `read`. */
const TRIAGE_ROLES = new Set(['triage', 'write', 'maintain', 'admin']);

const notFound = (error: unknown) => (error as {status?: number}).status === 404;

async function canTriage(octokit: Octokit, repository: Repository, login: string): Promise<boolean> {
  try {
    const {data} = await octokit.rest.repos.getCollaboratorPermissionLevel({owner: repository.owner, repo: repository.name, username: login});
    const granted = data.user?.permissions;
    return TRIAGE_ROLES.has(data.role_name) || data.permission === 'admin' || data.permission === 'write' || Boolean(granted?.triage || granted?.push || granted?.maintain || granted?.admin);
  } catch (error) {
    if (notFound(error)) return false;
    throw error;
  }
}

async function inTeam(octokit: Octokit, team: {org: string; slug: string}, login: string): Promise<boolean> {
  try {
    const {data} = await octokit.rest.teams.getMembershipForUserInOrg({org: team.org, team_slug: team.slug, username: login});
    // `pending`: invited, not yet a member.
    return data.state === 'active';
  } catch (error) {
    if (notFound(error)) return false;
    throw error;
  }
}

export function moderatorCheck(moderators: ModeratorsConfig, repository: Repository, {ttlMs = MODERATOR_CACHE_MS, now = Date.now}: {ttlMs?: number; now?: () => number} = {}): IsModerator {
  const listed = new Set(moderators.logins.map((login) => login.toLowerCase()));
  const cache = new Map<string, {moderator: boolean; until: number}>();
  return async (octokit, login) => {
    // GitHub's logins are case-insensitive.
    const key = login.toLowerCase();
    const cached = cache.get(key);
    if (cached && cached.until > now()) return cached.moderator;
    const named = listed.has(key) || moderators.team !== null;
    const moderator = named && (await canTriage(octokit, repository, login)) && (listed.has(key) || (moderators.team !== null && (await inTeam(octokit, moderators.team, login))));
    for (const [old, entry] of cache) if (entry.until <= now()) cache.delete(old);
    cache.set(key, {moderator, until: now() + ttlMs});
    return moderator;
  };
}
