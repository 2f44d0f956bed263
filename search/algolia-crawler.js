/* global Crawler -- provided by the Algolia Crawler editor, where this file runs */
/*
 * Algolia Crawler configuration for BSG Hub (paste into the crawler editor on
 * dashboard.algolia.com, or give it to the DocSearch team). It reads the same
 * markup as the offline search: each page's main content is the element with
 * `data-pagefind-body`, its kind is in `data-pagefind-filter="kind:…"`, and
 * `data-pagefind-ignore` marks what is not content (page metadata, badges).
 * Every page carries `<meta name="docsearch:language">` (Docusaurus writes it),
 * which the site's contextual search filters on, so each locale searches its
 * own pages. Replace the three YOUR_… values and the site URL.
 */
new Crawler({
  appId: 'YOUR_APP_ID',
  apiKey: 'YOUR_CRAWLER_API_KEY',
  rateLimit: 8,
  maxDepth: 10,
  startUrls: ['https://bsg-hub.github.io/'],
  sitemaps: ['https://bsg-hub.github.io/sitemap.xml'],
  ignoreCanonicalTo: true,
  discoveryPatterns: ['https://bsg-hub.github.io/**'],
  // Forum thread pages are not in the sitemap (they are written after the build): follow links to them.
  actions: [
    {
      indexName: 'YOUR_INDEX_NAME',
      pathsToMatch: ['https://bsg-hub.github.io/**'],
      recordExtractor: ({$, helpers}) => {
        const body = $('[data-pagefind-body]');
        // Lists, the home page and the 404 page have no main content to index.
        if (body.length === 0) return [];
        $('[data-pagefind-ignore], nav, footer, .theme-doc-toc-mobile').remove();
        const kind = (body.attr('data-pagefind-filter') || 'kind:guidance').replace('kind:', '');
        const lvl0 = {guidance: 'Guidance', forum: 'Questions', recommendation: 'Recommendations'}[kind] || 'Guidance';
        // machine | draft | reviewed on a translation (issue 22); '' on an English page.
        const translation = $('meta[name="bsg-translation"]').attr('content') || '';
        return helpers.docsearch({
          recordProps: {
            lvl0: {selectors: '', defaultValue: lvl0},
            lvl1: ['[data-pagefind-body] h1', 'head > title'],
            lvl2: '[data-pagefind-body] h2',
            lvl3: '[data-pagefind-body] h3',
            lvl4: '[data-pagefind-body] h4',
            lvl5: '[data-pagefind-body] h5',
            lvl6: '[data-pagefind-body] h6',
            content: '[data-pagefind-body] p, [data-pagefind-body] li, [data-pagefind-body] td:last-child',
            translation: {selectors: '', defaultValue: translation},
          },
          indexHeadings: true,
          aggregateContent: true,
          recordVersion: 'v3',
        });
      },
    },
  ],
  initialIndexSettings: {
    YOUR_INDEX_NAME: {
      attributesForFaceting: ['type', 'lang', 'language', 'version', 'docusaurus_tag'],
      attributesToRetrieve: ['hierarchy', 'content', 'anchor', 'url', 'url_without_anchor', 'type', 'translation'],
      attributesToHighlight: ['hierarchy', 'content'],
      attributesToSnippet: ['content:10'],
      camelCaseAttributes: ['hierarchy', 'content'],
      searchableAttributes: [
        'unordered(hierarchy.lvl0)',
        'unordered(hierarchy.lvl1)',
        'unordered(hierarchy.lvl2)',
        'unordered(hierarchy.lvl3)',
        'unordered(hierarchy.lvl4)',
        'unordered(hierarchy.lvl5)',
        'unordered(hierarchy.lvl6)',
        'content',
      ],
      distinct: true,
      attributeForDistinct: 'url',
      customRanking: ['desc(weight.pageRank)', 'desc(weight.level)', 'asc(weight.position)'],
      ranking: ['words', 'filters', 'typo', 'attribute', 'proximity', 'exact', 'custom'],
      highlightPreTag: '<span class="algolia-docsearch-suggestion--highlight">',
      highlightPostTag: '</span>',
      minWordSizefor1Typo: 3,
      minWordSizefor2Typos: 7,
      allowTyposOnNumericTokens: false,
      minProximity: 1,
      ignorePlurals: true,
      advancedSyntax: true,
      attributeCriteriaComputedByMinProximity: true,
      removeWordsIfNoResults: 'allOptional',
      // Chinese and Arabic need Algolia's language-specific processing.
      indexLanguages: ['en', 'ar', 'es', 'fr', 'ru', 'zh'],
      queryLanguages: ['en', 'ar', 'es', 'fr', 'ru', 'zh'],
    },
  },
});
