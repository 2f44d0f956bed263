import type {Locale} from '../../locales';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import remarkItu from '../remark-itu';
import {asParsed} from './asParsed';
import {withoutControls} from './plainText';
import {postImages} from './postImages';

/**
 * GitHub's own allow-list (rehype-sanitize's default), plus `<abbr title>`
 * for glossary terms, less `<source>`, whose `srcset` would load images from
 * any host. Everything else — scripts, event handlers, styles, `javascript:`
 * and `data:` URLs, SVG, MathML, iframes, forms — is dropped.
 */
const SCHEMA = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => name !== 'source'), 'abbr'],
  attributes: {...defaultSchema.attributes, abbr: ['title']},
};

export type RenderOptions = {
  siteDir: string;
  dataDir: string;
  /** Where Recommendation pages live in the locale being built, e.g. `/fr/recommendations`. */
  recommendationsPath: string;
};

/**
 * Renders GitHub-flavoured Markdown from forum posts to safe HTML at build
 * time: remark-gfm, remark-itu (citations become catalogue links, glossary
 * abbreviations in the post's language), then the sanitizer, and last the tree
 * a browser parses from that (`asParsed`). One processor per language, made
 * on first use.
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
      .use(postImages)
      .use(rehypeExternalLinks, {rel: ['nofollow', 'ugc', 'noopener']})
      .use(asParsed)
      .use(rehypeStringify);
  return (markdown: string, locale: Locale): string => {
    const processor = processors.get(locale) ?? build(locale);
    processors.set(locale, processor);
    return String(processor.processSync(withoutControls(markdown)));
  };
}
