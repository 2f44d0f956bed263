import {execFileSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {formatSize} from '../../plugins/pdf/frontMatter';
import {printJobs} from '../../plugins/pdf/jobs';
import {printPage} from '../../plugins/pdf/print';
import {browserForFile, localeUrl} from './checkPage';

/**
 * Issue 23, item 4: a few of the PDFs `npm run pdf` makes for the deploy, from
 * this build, through the same code, read back with poppler-utils. One page in
 * the three scripts that can go wrong differently: Latin, Arabic, Chinese.
 */
const PAGE = 'guidelines/preparing-a-contribution';
const LOCALES = ['en', 'ar', 'zh'] as const;

const {browser, visit} = browserForFile();
const outDir = mkdtempSync(path.join(tmpdir(), 'bsg-pdf-'));
const sizes = new Map<string, number>();

const pdftotext = (file: string, ...pages: string[]) => execFileSync('pdftotext', ['-enc', 'UTF-8', ...pages, file, '-'], {encoding: 'utf8'});
const pageCount = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], {encoding: 'utf8'}))?.[1]);
/** pdffonts' rows: name, type and whether the font is embedded. */
const fonts = (file: string) =>
  execFileSync('pdffonts', [file], {encoding: 'utf8'})
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((row) => ({name: row.slice(0, 36).trim(), type: row.slice(37, 54).trim(), embedded: row.slice(72, 75).trim()}));
const fileOf = (locale: string) => path.join(outDir, `${locale}/${PAGE}.${locale}.pdf`);

beforeAll(async () => {
  const jobs = printJobs(LOCALES.map((locale) => ({locale, docIds: [PAGE]})), inject('baseUrl'), outDir);
  const context = await browser().newContext({javaScriptEnabled: false, colorScheme: 'light'});
  const page = await context.newPage();
  for (const job of jobs) sizes.set(job.locale, await printPage(page, job));
  await context.close();
  console.log(`PDF of ${PAGE}: ${[...sizes].map(([locale, bytes]) => `${locale} ${formatSize(bytes, 'en')} (${bytes} B, ${pageCount(fileOf(locale))} pages)`).join(', ')}`);
}, 120_000);

describe('the Arabic PDF', () => {
  it('has the page’s Arabic words, shaped from real letters and in reading order', () => {
    const text = pdftotext(fileOf('ar'));
    // The title and a sentence's start, as written: logical order, right to left on paper.
    expect(text).toContain('إعداد مساهمة');
    expect(text).toContain('المساهمة وثيقة مكتوبة');
    expect(text).not.toContain([...'إعداد مساهمة'].reverse().join(''));
    // Letters, not the presentation forms a PDF without its font's character map would give back.
    expect(text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/u);
  });

  it('opens with its review state and date: an Arabic page reviewed, or a translation and its state (issue 22)', () => {
    const first = pdftotext(fileOf('ar'), '-f', '1', '-l', '1');
    expect(first).toMatch(/آخر مراجعة|الترجمة/u);
    // The date as ISO digits; text extracted from a right-to-left line may come out with its parts in visual order.
    expect(first).toMatch(/\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}/);
    expect(first).toContain('BSG Hub');
  });

  it('embeds an Arabic font', () => {
    const used = fonts(fileOf('ar'));
    expect(used.filter((font) => font.embedded !== 'yes')).toEqual([]);
    expect(used.map((font) => font.name).join(' ')).toMatch(/NotoSansArabic/);
  });
});

describe('the Chinese PDF', () => {
  it('has the page’s Chinese words', () => {
    const text = pdftotext(fileOf('zh'));
    expect(text).toContain('准备文稿');
    expect(text).toMatch(/[\u4E00-\u9FFF]{8}/u);
  });

  it('embeds its fonts', () => {
    expect(fonts(fileOf('zh')).filter((font) => font.embedded !== 'yes')).toEqual([]);
  });
});

describe('the English PDF', () => {
  const file = () => fileOf('en');

  it('numbers its pages', () => {
    const pages = pageCount(file());
    expect(pages).toBeGreaterThan(1);
    expect(pdftotext(file(), '-f', '1', '-l', '1')).toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`));
    expect(pdftotext(file(), '-f', String(pages), '-l', String(pages))).toMatch(new RegExp(`\\b${pages} ?/ ?${pages}\\b`));
  });

  it('writes each link’s public address after it', () => {
    const text = pdftotext(file()).replace(/\s+/g, '');
    expect(text).toMatch(/\(https?:\/\/[^()]+\/docs\/guidelines\/national-standardization-secretariat\)/);
    expect(text).not.toContain('127.0.0.1');
  });

  it('opens with the licence and the review date, and has nothing that only works on screen', () => {
    const first = pdftotext(file(), '-f', '1', '-l', '1').replace(/\s+/g, ' ');
    expect(first).toContain('It is not an official ITU publication.');
    expect(first).toContain('Last reviewed');
    expect(first).toContain('2026-11-29');
    const text = pdftotext(file());
    for (const screenOnly of ['Edit this page', 'Skip to main content', 'Mentor guidance', 'Next', 'On this page', 'PDF of this page']) {
      expect(text, screenOnly).not.toContain(screenOnly);
    }
  });
});

describe('the page', () => {
  it.each(LOCALES)('in %s says when it has no PDF yet (a build without BSG_HUB_PDF_DIR)', async (locale) => {
    await visit(localeUrl(inject('baseUrl'), locale, `/docs/${PAGE}`), async (page) => {
      expect(await page.locator('.bsg-pdf-link').count()).toBe(1);
      expect(await page.locator('.bsg-pdf-link a').count()).toBe(0);
    });
  });
});
