import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the question-feeds plugin, after defaults. */
export type PluginOptions = {
  id: string;
  /** The newest entries each feed keeps. */
  limit: number;
};

export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: PluginOptions = {id: 'default', limit: 50};

const schema = Joi.object<PluginOptions>({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  limit: Joi.number().integer().min(1).max(500).default(DEFAULT_OPTIONS.limit),
});

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
