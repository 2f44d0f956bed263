import {DEFAULT_LOCALE, LOCALES, LOCALE_INFO, htmlLang} from './locales';
import cataloguePlugin from './plugins/catalogue';
import codeTranslationsPlugin from './plugins/code-translations';
import contentModelPlugin from './plugins/content-model';
import {refuseFormatOverride} from './plugins/content-model/formatGuard';
import eventsPlugin from './plugins/events';
import forumPlugin from './plugins/forum';
import {gatewayUrlFromEnv} from './plugins/forum/gateway';
import indicatorsPlugin from './plugins/indicators';
import participationPlugin from './plugins/participation';
import {pdfManifestFromEnv, withPdfLinks} from './plugins/pdf/frontMatter';
import plainCodeBlocksPlugin from './plugins/plain-code-blocks';
import questionFeedsPlugin from './plugins/question-feeds';
import rehypeSafeUrls from './plugins/rehype-safe-urls';
import remarkItu from './plugins/remark-itu';
import searchLocalPlugin from './plugins/search-local';
import rehypeSeparateWords from './plugins/search-local/separateWords';
import {searchFromEnv} from './plugins/search-local/searchMode';
import translationsPlugin from './plugins/translations';
import {translationNoticeFrontMatter} from './plugins/translations/notice/noticeFrontMatter';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

/**
 * Where the project lives on GitHub: "edit this page", "help translate" and
 * "ask a question" links point here. A fork deploys with its own value.
 */
const repositoryUrl =
  process.env.BSG_HUB_REPOSITORY_URL ?? 'https://github.com/bsg-hub/bsg-hub';

/**
 * Search: Algolia DocSearch when ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and
 * ALGOLIA_INDEX_NAME are set (the classic preset then adds its theme), else
 * the offline index. Never both: each provides the search bar.
 */
const search = searchFromEnv(process.env);

/** The forum's source: read by the forum plugin and by `npm run forum:sync`. */
const forumOptions = {
  repository: process.env.FORUM_REPOSITORY ?? 'bsg-hub/bsg-hub',
  category: process.env.FORUM_CATEGORY ?? 'Q&A',
  hideLabel: 'forum:hide',
  // bench/forum-scale.ts and the sync tests build against another snapshot.
  snapshotDir: process.env.FORUM_SNAPSHOT_DIR ?? 'data/forum',
  // The question gateway (issue 15): checked here, so a wrong value stops the build naming the variable.
  gatewayUrl: gatewayUrlFromEnv(process.env),
};

/** The six official languages (locales/): Arabic is written right to left. */
const localeConfigs = Object.fromEntries(
  LOCALES.map((locale) => {
    const {label, htmlLang, direction} = LOCALE_INFO[locale];
    return [locale, {label, htmlLang, direction}];
  }),
);

const config: Config = {
  title: 'BSG Hub',
  tagline:
    'Guidance, questions and answers for bridging the standardization gap (ITU-T Resolution 44)',
  favicon: 'img/logo.svg',
  // Without JavaScript, controls that need it (`.script-only`, see custom.css) take no place on the page
  // (!important: the site's stylesheet comes after this in <head> and gives them a display of their own).
  headTags: [{tagName: 'noscript', attributes: {}, innerHTML: '<style>.script-only{display:none!important}</style>'}],
  url: process.env.BSG_HUB_URL ?? 'https://bsg-hub.github.io',
  baseUrl: '/',
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    format: 'detect',
    hooks: {onBrokenMarkdownLinks: 'throw'},
    // Unreviewed and outdated translations get a notice (the English headings, the date of the English page); no page chooses its own format.
    // Guidance pages link to their PDFs, with sizes, when the build is given the folder `npm run pdf` wrote (issue 23).
    parseFrontMatter: refuseFormatOverride(
      withPdfLinks(translationNoticeFrontMatter({siteDir: __dirname, htmlLang}), {
        siteDir: __dirname,
        manifest: pdfManifestFromEnv(process.env),
        currentLocale: () => process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE,
        htmlLang,
      }),
    ),
  },

  future: {
    // TODO CSS cascade layers are polyfilled with `:not(#\#)` selectors that
    // outrank our unlayered custom.css (Infima's low-contrast primary colour
    // won): keep them off until that is fixed upstream.
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    faster: true,
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    localeConfigs,
  },

  // Offline reading (issue 23): registers the locale's service worker once the page is idle.
  clientModules: ['./src/clientModules/serviceWorker.ts'],

  // searchKind: which search the 404 page may offer (src/theme/NotFound/Content).
  // linkPrefetch 'intent': a link preloads its page on hover, touch or focus only, never
  // because it scrolled into view, and not at all under Save-Data or on 2G (issue 23;
  // read by @docusaurus/Link as patched in patches/@docusaurus+core+3.10.2.patch).
  customFields: {repositoryUrl, searchKind: search.kind, linkPrefetch: 'intent'},

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: `${repositoryUrl}/edit/main/`,
          editLocalizedFiles: true,
          remarkPlugins: [[remarkItu, {siteDir: __dirname, dataDir: `${__dirname}/data`, onUnknownRecommendation: 'throw'}]],
          // No page may run script, whatever a review missed (issue 13).
          // Table headers and definition lists keep their words apart in search excerpts (issue 21).
          rehypePlugins: [rehypeSafeUrls, rehypeSeparateWords],
        },
        pages: {rehypePlugins: [rehypeSafeUrls]},
        blog: false,
        sitemap: {
          // Page templates are not pages: the forum and the events write one page per thread or event from them.
          // The offline page is for readers without a connection, not for search engines.
          ignorePatterns: ['/forum/:number', '/*/forum/:number', '/events/:id', '/*/events/:id', '/offline', '/*/offline'],
        },
        theme: {customCss: ['./src/css/custom.css', './src/css/forum.css', './src/css/events.css']},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    contentModelPlugin,
    cataloguePlugin,
    [forumPlugin, forumOptions],
    // bench/events-scale.ts builds with 500 generated events.
    [eventsPlugin, {dataDir: process.env.EVENTS_DATA_DIR ?? 'data/events'}],
    [participationPlugin, {eventsDir: process.env.EVENTS_DATA_DIR ?? 'data/events', dataDir: process.env.PARTICIPATION_DATA_DIR ?? 'data/participation'}],
    questionFeedsPlugin,
    translationsPlugin,
    indicatorsPlugin,
    plainCodeBlocksPlugin,
    codeTranslationsPlugin,
    ...(search.kind === 'local' ? [searchLocalPlugin] : []),
  ],

  themeConfig: {
    ...(search.kind === 'algolia' && {algolia: search.algolia}),
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'BSG Hub',
      // alt="": the site's name is written beside the logo, and the link takes it as its name (Lighthouse's image-redundant-alt).
      logo: {alt: '', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {to: '/docs/guidelines', label: 'Guidelines', position: 'left', activeBaseRegex: '/docs/guidelines'},
        {to: '/docs/handbooks', label: 'Handbooks', position: 'left', activeBaseRegex: '/docs/handbooks'},
        {to: '/docs/mentoring', label: 'Mentor guidance', position: 'left', activeBaseRegex: '/docs/mentoring'},
        {to: '/forum', label: 'Questions', position: 'left'},
        {to: '/events', label: 'Events', position: 'left'},
        {to: '/recommendations', label: 'Recommendations', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
        {href: repositoryUrl, label: 'GitHub', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guidance',
          items: [
            {label: 'Guidelines', to: '/docs/guidelines'},
            {label: 'Handbooks', to: '/docs/handbooks'},
            {label: 'Mentor guidance', to: '/docs/mentoring'},
          ],
        },
        {
          title: 'Take part',
          items: [
            {label: 'Newcomer’s handbook', to: '/docs/handbooks/newcomers-handbook'},
            {label: 'Fellowships', to: '/docs/handbooks/fellowships'},
            {label: 'Contribute on GitHub', href: `${repositoryUrl}/blob/main/CONTRIBUTING.md`},
            {label: 'Privacy', to: '/docs/privacy'},
          ],
        },
        {
          title: 'ITU-T',
          items: [
            {label: 'Recommendations catalogue', to: '/recommendations'},
            {label: 'Study groups 2025–2028', to: '/study-groups'},
            {label: 'Translation status', to: '/translations'},
            {label: 'Indicators', to: '/indicators'},
            {label: 'Bridging the Standardization Gap', href: 'https://www.itu.int/bsg'},
            {label: 'ITU-T Recommendations', href: 'https://www.itu.int/ITU-T/recommendations/'},
          ],
        },
      ],
      copyright:
        'BSG Hub is an open community knowledge base for WTSA Resolution 44 (Rev. New Delhi, 2024). It is not an official ITU publication.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
