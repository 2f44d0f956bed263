import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

/** Options of the catalogue plugin, after defaults. */
export type PluginOptions = {
  id: string;
  /** Folder of the catalogue data, relative to the site: `recommendations/`, `study-groups.yml`, `glossary/`, `products/`. */
  dataDir: string;
  /** URL of the Recommendation list; each Recommendation is `<routeBasePath>/<id>`. */
  routeBasePath: string;
  /** URL of the study-group index; each group is `<studyGroupsBasePath>/<id>`. */
  studyGroupsBasePath: string;
};

/** Options as a site writes them. */
export type Options = Partial<PluginOptions>;

export const DEFAULT_OPTIONS: PluginOptions = {
  id: 'default',
  dataDir: 'data',
  routeBasePath: 'recommendations',
  studyGroupsBasePath: 'study-groups',
};

const schema = Joi.object<PluginOptions>({
  id: Joi.string().default(DEFAULT_OPTIONS.id),
  dataDir: Joi.string().default(DEFAULT_OPTIONS.dataDir),
  routeBasePath: Joi.string().pattern(/^[a-z0-9-]+$/).default(DEFAULT_OPTIONS.routeBasePath),
  studyGroupsBasePath: Joi.string().pattern(/^[a-z0-9-]+$/).default(DEFAULT_OPTIONS.studyGroupsBasePath),
});

export function validateOptions({validate, options}: OptionValidationContext<Options, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
