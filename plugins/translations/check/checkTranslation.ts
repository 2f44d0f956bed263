import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import {validateGuidanceFrontMatter} from '../../content-model/frontMatter';
import {parseFrontMatter} from '../../content-model/parseFrontMatter';
import {locateProblems} from '../../utils/problems';
import {readPin} from '../status/pin';
import {ACTIVE_RULES, activeContent, addedActiveContent} from './activeContent';
import {FORMAT_OVERRIDE} from '../../content-model/formatGuard';
import {DOCUSAURUS_RAW_HTML, docusaurusContent, docusaurusFormat, docusaurusFrontMatter} from './format';
import {completenessProblems} from './completeness';
import {glossaryProblems} from './glossary';
import {identifierProblems} from './identifiers';
import {correspondingLine, outline} from './outline';
import {termProblems} from './terms';
import {typographyFindings} from './typography';
import {LOCALE_INFO, isLocale} from '../../../locales';
import type {GlossaryEntry} from '../../catalogue/types';
import type {Root} from 'mdast';
import type {At, Outline} from './outline';

/** Why a translation fails `npm run translations -- check`. */
export const CHECK_RULES = [
  'front-matter',
  'review-state',
  'pin',
  'untracked',
  'orphaned',
  'unknown-pin',
  'compile',
  'structure',
  'code-block',
  'link',
  'citation',
  'glossary',
  'forbidden-term',
  'identifier',
  'lookalike',
  'typography',
  'length',
  'block-count',
  'format-change',
  ...ACTIVE_RULES,
  'ui-markup',
  'ui-plural',
  // Found by the pull request check (review/reviewRules.ts): a review kept or set by someone who is not a listed reviewer.
  'reviewer',
] as const;
export type CheckRule = (typeof CHECK_RULES)[number];

export type TranslationProblem = {file: string; line: number; locale: string; page: string; rule: CheckRule; message: string};

export type CheckInput = {
  /** The translation's path relative to the site directory, as printed. */
  file: string;
  page: string;
  locale: string;
  text: string;
  /** The English page today; `null` when there is none (orphaned). */
  source: string | null;
  /**
   * The English version the pin designates (today's page when the hashes
   * match, else the one found in git history); `null` when none was found.
   */
  pinned: string | null;
  /** Whether the source's git history was searched for the pin. */
  history: boolean;
  glossary: {english: readonly GlossaryEntry[]; local: readonly GlossaryEntry[]};
  /** `YYYY-MM-DD`, for `translation.date`. */
  today: string;
  /** The logins data/translations/reviewers.yml lists for this locale. */
  reviewers: readonly string[];
};

type Found = Omit<TranslationProblem, 'file' | 'locale' | 'page'>;

function frontMatterProblems(text: string, {today, locale, reviewers}: Pick<CheckInput, 'today' | 'locale' | 'reviewers'>): {found: Found[]; pinned: boolean} {
  const parsed = parseFrontMatter(text);
  const pin = readPin(parsed.data as Record<string, unknown>);
  const translation = {locale, reviewers};
  const located = [
    ...locateProblems('', parsed, parsed.syntaxErrors.length > 0 ? [] : validateGuidanceFrontMatter(parsed.data, {today, translation}).problems),
    ...locateProblems('', {...parsed, syntaxErrors: []}, pin.problems),
  ];
  const found: Found[] = located.map(({line, field, message}) => ({
    line,
    rule: field.startsWith('translation_of') ? 'pin' : field === 'mdx' ? 'format-change' : field.startsWith('translation') || field === 'last_reviewed' ? 'review-state' : 'front-matter',
    message: `${field} ${message}`,
  }));
  const untracked = pin.pin === null && pin.problems.length === 0 && parsed.syntaxErrors.length === 0;
  if (untracked) {
    found.push({line: 1, rule: 'untracked', message: 'no translation_of pin: say which English version this translates (npm run translations -- start writes it)'});
  }
  return {found, pinned: pin.pin !== null};
}

/** An MDX page's tree as the MDX compiler parses it (ESM and JSX are not prose); `undefined` for Markdown. */
async function mdxTree(text: string, format: 'md' | 'mdx'): Promise<Root | undefined> {
  if (format === 'md') return undefined;
  const {createProcessor} = await import('@mdx-js/mdx');
  return createProcessor({format, remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective]}).parse(text) as Root;
}

/** MDX is ESM-only: loaded on first use, which also keeps it out of `status`. */
async function compileProblems(text: string, format: 'md' | 'mdx'): Promise<Found[]> {
  try {
    const {compile} = await import('@mdx-js/mdx');
    await compile(text, {
      format,
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkDirective],
      rehypePlugins: format === 'md' ? [DOCUSAURUS_RAW_HTML] : [],
    });
    return [];
  } catch (error) {
    const {line, reason, message} = error as {line?: number; reason?: string; message: string};
    return [{line: line ?? 1, rule: 'compile', message: `does not compile: ${reason ?? message}`}];
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The line where the translation's list of elements first departs from the
 * source's: the differing element, or where the missing one would sit.
 */
const divergence = <T>(source: Outline, translated: Outline, a: At<T>[], b: At<T>[], same: (x: T, y: T) => boolean = () => true) => {
  const index = a.findIndex((element, i) => !b[i] || !same(element, b[i]));
  if (index === -1) return b[a.length]?.line ?? 1;
  return b[index] && a.length <= b.length ? b[index].line : correspondingLine(source, translated, a[index]?.line ?? 1);
};

function structureProblems(source: Outline, translated: Outline): Found[] {
  const found: Found[] = [];
  const counts: [keyof Outline & ('headings' | 'code' | 'tables' | 'admonitions'), string][] = [
    ['headings', 'heading'],
    ['code', 'code block'],
    ['tables', 'table'],
    ['admonitions', 'admonition'],
  ];
  for (const [key, word] of counts) {
    const [a, b] = [source[key], translated[key]] as [At<object>[], At<object>[]];
    if (a.length !== b.length) {
      found.push({line: divergence(source, translated, a, b), rule: 'structure', message: `${plural(a.length, word)} in the English page, ${b.length} here`});
    }
  }
  const levels = (o: Outline) => o.headings.map((h) => h.depth).join();
  if (source.headings.length === translated.headings.length && levels(source) !== levels(translated)) {
    const line = divergence(source, translated, source.headings, translated.headings, (a, b) => a.depth === b.depth);
    found.push({line, rule: 'structure', message: `heading levels differ from the English page (${levels(source)} there, ${levels(translated)} here)`});
  }
  source.code.forEach((block, i) => {
    const mine = translated.code[i];
    if (mine && mine.value !== block.value) {
      found.push({line: mine.line, rule: 'code-block', message: `code block ${i + 1} differs from the English page's (line ${block.line}): code is not translated`});
    }
  });
  return found;
}

function linkProblems(source: Outline, translated: Outline): Found[] {
  const known = new Set(source.links.map((link) => link.url));
  return translated.links
    .filter((link) => !known.has(link.url))
    .map((link) => ({
      line: link.line,
      rule: 'link' as const,
      message: `${link.image ? 'image path' : 'link'} "${link.url}" is not in the English page: keep the source's ${link.image ? 'images' : 'links'}`,
    }));
}

function citationProblems(source: Outline, translated: Outline): Found[] {
  const count = (o: Outline) => o.citations.reduce((map, c) => map.set(c.id, (map.get(c.id) ?? 0) + 1), new Map<string, number>());
  const [a, b] = [count(source), count(translated)];
  const found: Found[] = [];
  for (const [id, n] of a) {
    const m = b.get(id) ?? 0;
    if (m < n) {
      const line = source.citations.filter((c) => c.id === id)[m]?.line ?? 1;
      const where = correspondingLine(source, translated, line);
      found.push({line: where, rule: 'citation', message: `the English page cites ITU-T ${id} ${plural(n, 'time')}, this page ${m} (English line ${line}): keep every citation`});
    }
  }
  for (const citation of translated.citations) {
    if (!a.has(citation.id)) {
      found.push({line: citation.line, rule: 'citation', message: `cites ITU-T ${citation.id}, which the English page does not cite`});
    }
  }
  return found;
}

/** Prose (Markdown text nodes) that breaks the locale's typography rules, at its line. */
function typographyProblems(translated: Outline, locale: string): Found[] {
  const rules = isLocale(locale) ? LOCALE_INFO[locale].typography : [];
  return translated.text.flatMap((node) =>
    rules.flatMap((rule) =>
      typographyFindings(rule, node.value).map((finding) => ({
        line: node.line + (node.value.slice(0, finding.index).match(/\n/g)?.length ?? 0),
        rule: 'typography' as const,
        message: `${finding.message} (${rule}; npm run translations -- fix-typography rewrites it)`,
      })),
    ),
  );
}

/** What a translation adds to its English version that could run or load code, at its lines in the file. */
async function activeProblems(file: string, english: string, translated: ReturnType<typeof docusaurusContent>, format: 'md' | 'mdx'): Promise<Found[]> {
  const englishFormat = docusaurusFormat(file, await docusaurusFrontMatter(english));
  const added = addedActiveContent(await activeContent(docusaurusContent(english).text, englishFormat), await activeContent(translated.text, format));
  return added.map((problem) => ({...problem, line: translated.line(problem.line)}));
}

/**
 * Everything wrong with one translation (pure, async only to load the MDX compiler): front matter and pin,
 * compilation, and — against the English version it pins — structure, code,
 * links, Recommendation citations, glossary terms, and anything that could
 * run or load code (HTML, JSX, expressions, imports, event handlers, URL schemes).
 */
export async function checkTranslation(input: CheckInput): Promise<TranslationProblem[]> {
  const {file, page, locale, text, source, pinned, history} = input;
  const frontMatter = frontMatterProblems(text, input);
  const found: Found[] = [...frontMatter.found];
  if (source === null) {
    found.push({line: 1, rule: 'orphaned', message: `no English page docs/${page}: it was moved or deleted; move or delete this translation too`});
  } else if (frontMatter.pinned && pinned === null && history) {
    found.push({line: parseFrontMatter(text).lineOf(['translation_of', 'hash']), rule: 'unknown-pin', message: `the pinned hash matches no version of docs/${page} in its git history`});
  }
  // Compiled as the build compiles it: front matter may turn a `.md` file into MDX, and code fences may be unwrapped.
  const seen = await docusaurusFrontMatter(text);
  if (seen.mdx !== undefined && !found.some((problem) => problem.rule === 'format-change')) {
    const line = parseFrontMatter(text).lineOf(['<<']);
    found.push({line, rule: 'format-change', message: `Docusaurus reads an mdx field here (through a YAML merge key): ${FORMAT_OVERRIDE}`});
  }
  const format = docusaurusFormat(file, seen);
  const content = docusaurusContent(text);
  const compile = (await compileProblems(content.text, format)).map((problem) => ({...problem, line: content.line(problem.line)}));
  found.push(...compile);
  if (source !== null && compile.length === 0) {
    const englishText = pinned ?? source;
    const englishFormat = docusaurusFormat(file, await docusaurusFrontMatter(englishText));
    const [english, translated] = [outline(englishText, await mdxTree(englishText, englishFormat)), outline(text, await mdxTree(text, format))];
    found.push(
      ...(await activeProblems(file, pinned ?? source, content, format)),
      ...structureProblems(english, translated),
      ...linkProblems(english, translated),
      ...citationProblems(english, translated),
      ...glossaryProblems(english, translated, input.glossary),
      ...termProblems(english, translated, input.glossary, `data/glossary/${locale}.yml`),
      ...identifierProblems(english, translated),
      ...typographyProblems(translated, locale),
      ...(isLocale(locale) ? completenessProblems(english, translated, locale) : []),
    );
  }
  return found.map((problem) => ({file, locale, page, ...problem})).sort((a, b) => a.line - b.line);
}
