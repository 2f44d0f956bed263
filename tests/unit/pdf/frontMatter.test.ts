import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {docIdOf, formatSize, pdfManifestFromEnv, withPdfLinks} from '../../../plugins/pdf/frontMatter';
import type {PdfManifest} from '../../../plugins/pdf/pages';
import type {DefaultParseFrontMatter} from '@docusaurus/types';

const siteDir = '/site';
const manifest: PdfManifest = {pdfs: {'ar/guidelines/qos-regulation': {file: 'ar/guidelines/qos-regulation.ar.pdf', bytes: 312_400}}};

/** The site's hook around a parser that returns `frontMatter`, in the locale being built. */
const testParse = (locale: string, frontMatter: Record<string, unknown> = {}) => {
  const inner: DefaultParseFrontMatter = async () => ({frontMatter: {...frontMatter}, content: ''});
  const parse = withPdfLinks(inner, {siteDir, manifest, currentLocale: () => locale, htmlLang: (l) => (l === 'zh' ? 'zh-Hans' : l)});
  return async (filePath: string) =>
    (await parse({filePath, fileContent: '', defaultParseFrontMatter: inner})).frontMatter;
};

describe('withPdfLinks', () => {
  it('gives a translated page its PDF and the size in its language', async () => {
    expect(await testParse('ar')('/site/i18n/ar/docusaurus-plugin-content-docs/current/guidelines/qos-regulation.md')).toEqual({
      pdf: {path: 'pdf/ar/guidelines/qos-regulation.ar.pdf', size: '312 كيلوبايت'},
    });
  });

  it('finds the PDF of the locale being built for a page read from its English file', async () => {
    expect((await testParse('ar')('/site/docs/guidelines/qos-regulation.md')).pdf).toEqual({path: 'pdf/ar/guidelines/qos-regulation.ar.pdf', size: '312 كيلوبايت'});
  });

  it('gives nothing to a page whose PDF is not in the manifest, and drops a pdf field a file sets itself', async () => {
    const parse = testParse('zh', {title: 'x', pdf: {path: 'forum', size: '1 kB'}});
    expect(await parse('/site/i18n/zh/docusaurus-plugin-content-docs/current/guidelines/qos-regulation.md')).toEqual({title: 'x'});
    expect(await parse('/site/src/pages/index.md')).toEqual({title: 'x'});
  });
});

it('reads doc ids from English and translated files only', () => {
  expect(docIdOf(siteDir, '/site/docs/handbooks/fellowships.md')).toBe('handbooks/fellowships');
  expect(docIdOf(siteDir, '/site/i18n/fr/docusaurus-plugin-content-docs/current/mentoring/mentor-role.mdx')).toBe('mentoring/mentor-role');
  expect(docIdOf(siteDir, '/site/blog/post.md')).toBeUndefined();
});

it('writes sizes as file managers do, in the reader’s language', () => {
  expect([formatSize(312_400, 'en'), formatSize(1_250_000, 'fr'), formatSize(120, 'en')]).toEqual(['312 kB', '1,3\u202fMo', '1 kB']);
});

describe('pdfManifestFromEnv', () => {
  it('has no PDFs without BSG_HUB_PDF_DIR', () => {
    expect(pdfManifestFromEnv({})).toEqual({pdfs: {}});
  });

  it('reads the manifest of the folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pdf-manifest-'));
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect(pdfManifestFromEnv({BSG_HUB_PDF_DIR: dir})).toEqual(manifest);
  });

  it('stops the build naming the variable and the file when the manifest is missing or not one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pdf-manifest-'));
    expect(() => pdfManifestFromEnv({BSG_HUB_PDF_DIR: dir})).toThrow(`BSG_HUB_PDF_DIR=${dir}: cannot read ${path.join(dir, 'manifest.json')}`);
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({pdfs: {'en/x': {file: '../../etc/passwd.pdf', bytes: 1}}}));
    expect(() => pdfManifestFromEnv({BSG_HUB_PDF_DIR: dir})).toThrow('is not a manifest written by "npm run pdf"');
  });
});
