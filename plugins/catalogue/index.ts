import type {Locale} from '../../locales';
import path from 'node:path';
import {formatProblems} from '../utils/problems';
import {collectReferences, readGuidancePages} from './guidance';
import {joinCatalogue} from './join';
import {loadCatalogue} from './loadCatalogue';
import {validateOptions} from './options';
import {buildRoutes} from './routes';
import type {PluginOptions} from './options';
import type {ParticipationContent} from '../participation';
import type {Catalogue} from './types';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

/**
 * The Recommendations catalogue: validates `data/`, then, once every plugin
 * has loaded, joins it with the guidance pages and other plugins'
 * `recommendationReferences` into the /recommendations and /study-groups pages.
 */
function cataloguePlugin(context: LoadContext, options: PluginOptions): Plugin<Catalogue> {
  const {siteDir, baseUrl, i18n} = context;
  const dataDir = path.join(siteDir, options.dataDir);
  return {
    name: 'catalogue',
    getPathsToWatch: () => [path.join(dataDir, '**/*.{yml,yaml}')],
    async loadContent() {
      const {catalogue, problems} = loadCatalogue(siteDir, dataDir);
      if (problems.length > 0) {
        throw new Error(formatProblems('Invalid catalogue data', problems, 'The data files are described in CONTRIBUTING.md, section "Catalogue data".'));
      }
      return catalogue;
    },
    async allContentLoaded({allContent, actions}) {
      const catalogue = allContent.catalogue?.[options.id] as Catalogue;
      const guidance = await readGuidancePages(allContent, {siteDir, locales: i18n.locales});
      const references = collectReferences(allContent);
      const index = joinCatalogue(catalogue, guidance, references.recommendations, references.studyGroups);
      if (index.problems.length > 0) {
        throw new Error(formatProblems('Unknown Recommendations in front matter', index.problems, 'Every Recommendation a page declares must be in data/recommendations/.'));
      }
      const locale = i18n.currentLocale as Locale;
      const participation = allContent.participation?.default as ParticipationContent | undefined;
      buildRoutes(index, {baseUrl, locale, options, participation}).forEach(actions.addRoute);
    },
  };
}

/**
 * Docusaurus types a plugin module for any options; this one only ever
 * receives what `validateOptions` returned.
 */
export default Object.assign(cataloguePlugin, {validateOptions}) as unknown as PluginModule;
