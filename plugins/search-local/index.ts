import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * The offline search: a theme plugin whose SearchBar searches the Pagefind
 * index that `npm run build` writes after Docusaurus (see indexSite.ts). Not
 * used when Algolia DocSearch is configured: the two both provide the search bar.
 */
export default function searchLocalPlugin(): Plugin {
  const theme = path.join(__dirname, 'theme');
  return {
    name: 'search-local',
    getThemePath: () => theme,
    getTypeScriptThemePath: () => theme,
  };
}
