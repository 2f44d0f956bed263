import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the participation plugin, after defaults. */
export type PluginOptions = {
  id: string;
  /** One YAML file per meeting (`<event id>.yml`), relative to the site. */
  dataDir: string;
  /** The events the files count, relative to the site (the events plugin's `dataDir`). */
  eventsDir: string;
  /** Cells under this many participants are shown as "fewer than <threshold>", and enough others hidden that none can be worked out. */
  threshold: number;
};

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: PluginOptions = {
  id: 'default',
  dataDir: 'data/participation',
  eventsDir: 'data/events',
  threshold: 5,
};

const schema = Joi.object<PluginOptions>({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  dataDir: Joi.string().default(DEFAULT_OPTIONS.dataDir),
  eventsDir: Joi.string().default(DEFAULT_OPTIONS.eventsDir),
  threshold: Joi.number().integer().min(2).max(50).default(DEFAULT_OPTIONS.threshold),
});

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
