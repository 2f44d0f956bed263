import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the events plugin, after defaults. */
export type PluginOptions = {
  id: string;
  /** One YAML file per event, relative to the site. */
  dataDir: string;
  /** URL of the event list; each event is `<routeBasePath>/<id>`, its calendar `<routeBasePath>/<id>.ics`. */
  routeBasePath: string;
  /** How often calendar apps should fetch a feed again, in hours (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshHours: number;
};

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: PluginOptions = {
  id: 'default',
  dataDir: 'data/events',
  routeBasePath: 'events',
  refreshHours: 12,
};

const schema = Joi.object<PluginOptions>({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  dataDir: Joi.string().default(DEFAULT_OPTIONS.dataDir),
  routeBasePath: Joi.string().pattern(/^[a-z0-9-]+$/).default(DEFAULT_OPTIONS.routeBasePath),
  refreshHours: Joi.number().integer().min(1).max(168).default(DEFAULT_OPTIONS.refreshHours),
});

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
