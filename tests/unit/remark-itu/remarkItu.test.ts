import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {afterEach, describe, expect, it, vi} from 'vitest';
import remarkItu from '../../../plugins/remark-itu';
import type {Options} from '../../../plugins/remark-itu';

const siteDir = path.join(__dirname, '../../fixtures/catalogue-site');

async function process(markdown: string, file = 'docs/page.md', options: Partial<Options> = {}) {
  const result = await unified()
    .use(remarkParse)
    .use(remarkItu, {siteDir, dataDir: path.join(siteDir, 'data'), ...options})
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(new VFile({path: path.join(siteDir, file), value: markdown}));
  return String(result);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('remark-itu citations', () => {
  it('links every citation form to the catalogue page of its Recommendation', async () => {
    expect(
      await process(
        'Recommendation ITU-T E.164, Rec. ITU-T X.509, ITU-T Recommendation X.509, ITU-T Y.1331 and ITU-T G.984.1 Amd. 1.',
      ),
    ).toMatchInlineSnapshot(
      `"<p><a href="/recommendations/E.164">Recommendation ITU-T E.164</a>, <a href="/recommendations/X.509">Rec. ITU-T X.509</a>, <a href="/recommendations/X.509">ITU-T Recommendation X.509</a>, <a href="/recommendations/G.709">ITU-T Y.1331</a> and <a href="/recommendations/G.984.1">ITU-T G.984.1 Amd. 1</a>.</p>"`,
    );
  });

  it.each([
    ['i18n/fr/docusaurus-plugin-content-docs/current/page.md', 'La Recommandation UIT-T E.164 définit les numéros.', 'Recommandation UIT-T E.164'],
    ['i18n/es/docusaurus-plugin-content-docs/current/page.md', 'La Recomendación UIT-T E.164 define los números.', 'Recomendación UIT-T E.164'],
    ['i18n/ru/docusaurus-plugin-content-docs/current/page.md', 'Рекомендация МСЭ-Т E.164 задает номера.', 'Рекомендация МСЭ-Т E.164'],
    ['i18n/zh/docusaurus-plugin-content-docs/current/page.md', '各国遵循ITU-T E.164建议书。', 'ITU-T E.164建议书'],
    ['i18n/ar/docusaurus-plugin-content-docs/current/page.md', 'تحدد التوصية ITU-T E.164 بنية الأرقام.', 'التوصية ITU-T E.164'],
  ])('links the citation form of %s', async (file, markdown, citation) => {
    expect(await process(markdown, file)).toContain(`<a href="/recommendations/E.164">${citation}</a>`);
  });

  it('leaves code, inline code, existing links and headings alone', async () => {
    const markdown = [
      '## ITU-T E.164 in brief',
      '',
      'Use `ITU-T E.164` and [the ITU-T E.164 page](https://www.itu.int/rec/T-REC-E.164).',
      '',
      '```',
      'ITU-T E.164',
      '```',
    ].join('\n');
    expect(await process(markdown)).not.toContain('/recommendations/');
  });

  it('reports a Recommendation missing from the catalogue with file, line and column', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = await process('First line.\nThen ITU-T Q.9999 appears.');
    expect(html).not.toContain('href');
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain(
      'docs/page.md:2:6 cites ITU-T Q.9999, which is not in the catalogue.',
    );
  });

  it('lets the site make an unknown Recommendation fail the build', async () => {
    await expect(process('ITU-T Q.9999', 'docs/page.md', {onUnknownRecommendation: 'throw'})).rejects.toThrow(
      /cites ITU-T Q\.9999/,
    );
  });

  it('can ignore unknown Recommendations', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await process('ITU-T Q.9999', 'docs/page.md', {onUnknownRecommendation: 'ignore'});
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('remark-itu glossary', () => {
  it('marks the first use of each abbreviation, in the page’s language', async () => {
    expect(await process('The TSB and ITU-T help; ask the TSB about C&I.')).toMatchInlineSnapshot(
      `"<p>The <abbr title="Telecommunication Standardization Bureau">TSB</abbr> and <abbr title="ITU Telecommunication Standardization Sector">ITU-T</abbr> help; ask the TSB about <abbr title="Conformity and interoperability">C&#x26;I</abbr>.</p>"`,
    );
  });

  it('uses the locale’s abbreviations and expansions', async () => {
    expect(await process('Le TSB de l’UIT-T.', 'i18n/fr/docusaurus-plugin-content-docs/current/page.md')).toBe(
      '<p>Le <abbr title="Bureau de la normalisation des télécommunications">TSB</abbr> de l’<abbr title="Secteur de la normalisation des télécommunications de l&#x27;UIT">UIT-T</abbr>.</p>',
    );
    expect(await process('请联系TSB。', 'i18n/zh/docusaurus-plugin-content-docs/current/page.md')).toBe(
      '<p>请联系<abbr title="电信标准化局">TSB</abbr>。</p>',
    );
  });

  // Issue 22: a reader's search for 贡献 finds the pages that use ITU's term 文稿 (Pagefind indexes the attribute).
  it('gives the first use of a term its synonyms for the search index, nothing a reader sees', async () => {
    expect(await process('# 文稿\n\n请提交文稿。文稿须按时提交。`文稿`', 'i18n/zh/docusaurus-plugin-content-docs/current/page.md')).toBe(
      '<h1>文稿</h1>\n<p>请提交<span data-pagefind-index-attrs="data-synonyms" data-synonyms="贡献 提案">文稿</span>。文稿须按时提交。<code>文稿</code></p>',
    );
    // English has no alternatives for this term in the fixture: nothing is added.
    expect(await process('Submit a contribution.')).toBe('<p>Submit a contribution.</p>');
  });

  it('does not mark abbreviations inside citations, words or headings', async () => {
    expect(await process('# About ITU\n\nSee ITU-T E.164 and ITUX.')).toBe(
      '<h1>About ITU</h1>\n<p>See <a href="/recommendations/E.164">ITU-T E.164</a> and ITUX.</p>',
    );
  });
});
