import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * Keeps Prism out of the client bundle. The classic theme loads Prism and its
 * languages on every page (a client module) for syntax highlighting that our
 * guidance pages do not need; readers on costly connections paid for it on
 * every visit (`npm run bench` shows the difference). Together with the plain
 * `src/theme/CodeBlock`, code blocks render as accessible preformatted text.
 */
export default function plainCodeBlocksPlugin(): Plugin {
  return {
    name: 'plain-code-blocks',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/,
            path.join(__dirname, 'noHighlighting.ts'),
          ),
        ],
      };
    },
  };
}
