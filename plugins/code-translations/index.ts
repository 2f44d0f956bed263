import {readFileSync} from 'node:fs';
import path from 'node:path';
import {hashMessages, REGISTRY} from './shared';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Each script carries the UI strings of its own components, not every string of
 * the locale (issue 23). Docusaurus puts a locale's whole `codeTranslations`
 * (461 strings, 94 KB in Arabic) in the main script of every page: each first
 * page view in one of the five translated languages paid 10–13 KB gzip for
 * the ask form's, the events' and the dashboard's strings, whatever it showed.
 *
 * Here `@generated/codeTranslations` becomes an empty registry (./registry.ts),
 * and a loader puts before each module the translations of the ids it names
 * (./pick.ts). A route's strings thus come in its own chunk, which Docusaurus
 * loads before rendering the route, on the server as in the browser.
 */
export default function codeTranslationsPlugin({generatedFilesDir, siteDir}: LoadContext): Plugin {
  const messages = path.join(generatedFilesDir, 'codeTranslations.json');
  return {
    name: 'code-translations',
    configureWebpack(_config, _isServer, {currentBundler}) {
      // Written by Docusaurus for the locale being built, before the bundler is configured. The hash in the
      // loader's query keys the bundler's cache of each module on the messages it was built with.
      const hash = hashMessages(readFileSync(messages, 'utf8'));
      return {
        module: {
          rules: [{
            test: /\.[cm]?[jt]sx?$/i,
            include: [path.join(siteDir, 'src'), path.join(siteDir, 'plugins'), path.join(siteDir, 'node_modules/@docusaurus')],
            enforce: 'post',
            use: [{loader: `${path.join(__dirname, 'loader.cjs')}?${new URLSearchParams({messages, hash})}`}],
          }],
        },
        plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(/^@generated\/codeTranslations$/, REGISTRY)],
      };
    },
  };
}
