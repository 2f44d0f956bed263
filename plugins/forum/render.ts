import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import remarkItu from '../remark-itu';
import type {Locale} from '../catalogue/types';
import type {Element, Root} from 'hast';

/** Largest width or height, in CSS pixels, an image in a post may ask for. */
const MAX_IMAGE_SIZE = 1200;

/**
 * GitHub's own allow-list (rehype-sanitize's default), plus `<abbr title>`
 * for glossary terms. Everything else — scripts, event handlers, styles,
 * `javascript:` and `data:` URLs, SVG, MathML, iframes, forms — is dropped.
 */
const SCHEMA = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr'],
  attributes: {...defaultSchema.attributes, abbr: ['title']},
};

/** Images load lazily and cannot ask for more room than a page has. */
function boundImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      node.properties.loading = 'lazy';
      node.properties.decoding = 'async';
      for (const side of ['width', 'height'] as const) {
        const size = Number(node.properties[side]);
        if (!Number.isFinite(size) || size <= 0 || size > MAX_IMAGE_SIZE) delete node.properties[side];
      }
    });
  };
}

export type RenderOptions = {
  siteDir: string;
  dataDir: string;
  /** Where Recommendation pages live in the locale being built, e.g. `/fr/recommendations`. */
  recommendationsPath: string;
};

/**
 * Renders GitHub-flavoured Markdown from forum posts to safe HTML at build
 * time: remark-gfm, remark-itu (citations become catalogue links, glossary
 * abbreviations in the post's language), then the sanitizer. One processor
 * per language, made on first use.
 */
export function createPostRenderer({siteDir, dataDir, recommendationsPath}: RenderOptions) {
  const processors = new Map<Locale, ReturnType<typeof build>>();
  const build = (locale: Locale) =>
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkItu, {siteDir, dataDir, routeBasePath: recommendationsPath, onUnknownRecommendation: 'ignore', defaultLocale: locale})
      .use(remarkRehype, {allowDangerousHtml: true})
      .use(rehypeRaw)
      .use(rehypeSanitize, SCHEMA)
      .use(rehypeExternalLinks, {rel: ['nofollow', 'ugc', 'noopener']})
      .use(boundImages)
      .use(rehypeStringify);
  return (markdown: string, locale: Locale): string => {
    const processor = processors.get(locale) ?? build(locale);
    processors.set(locale, processor);
    return String(processor.processSync(markdown));
  };
}
