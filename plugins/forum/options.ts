import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the forum plugin, after defaults. */
export type PluginOptions = {
  id: string;
  /** The GitHub repository whose Discussions feed the forum, `owner/name`. */
  repository: string;
  /** The Q&A-format Discussions category. */
  category: string;
  /** The category's slug in GitHub URLs (`/discussions/new?category=<slug>`). */
  categorySlug: string;
  /** A thread with this label is not published. */
  hideLabel: string;
  /** The snapshot written by `npm run forum:sync`, relative to the site. */
  snapshotDir: string;
  /** Experts and mentors (`*.yml`), relative to the site. */
  peopleDir: string;
  /** The catalogue data, for citations in posts, relative to the site. */
  dataDir: string;
  routeBasePath: string;
  /** Threads per list page. */
  pageSize: number;
  /**
   * The question gateway's base URL (`BSG_HUB_GATEWAY_URL`, checked by
   * `gatewayUrlFromEnv`): the ask page then also offers asking by email.
   * `null`: only GitHub's form.
   * @example 'https://gateway.example.org'
   */
  gatewayUrl: string | null;
};

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: PluginOptions = {
  id: 'default',
  repository: 'bsg-hub/bsg-hub',
  category: 'Q&A',
  categorySlug: 'q-a',
  hideLabel: 'forum:hide',
  snapshotDir: 'data/forum',
  peopleDir: 'data/people',
  dataDir: 'data',
  routeBasePath: 'forum',
  pageSize: 20,
  gatewayUrl: null,
};

const schema = Joi.object<PluginOptions>({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  repository: Joi.string().pattern(/^[\w.-]+\/[\w.-]+$/).default(DEFAULT_OPTIONS.repository),
  category: Joi.string().default(DEFAULT_OPTIONS.category),
  categorySlug: Joi.string().pattern(/^[a-z0-9-]+$/).default(DEFAULT_OPTIONS.categorySlug),
  hideLabel: Joi.string().default(DEFAULT_OPTIONS.hideLabel),
  snapshotDir: Joi.string().default(DEFAULT_OPTIONS.snapshotDir),
  peopleDir: Joi.string().default(DEFAULT_OPTIONS.peopleDir),
  dataDir: Joi.string().default(DEFAULT_OPTIONS.dataDir),
  routeBasePath: Joi.string().pattern(/^[a-z0-9-]+$/).default(DEFAULT_OPTIONS.routeBasePath),
  pageSize: Joi.number().integer().min(5).max(200).default(DEFAULT_OPTIONS.pageSize),
  gatewayUrl: Joi.string().uri({scheme: ['https', 'http']}).allow(null).default(DEFAULT_OPTIONS.gatewayUrl),
});

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
