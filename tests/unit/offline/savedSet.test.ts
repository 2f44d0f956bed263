import {describe, expect, it} from 'vitest';
import {classifyFiles, filesOfLocale, pageUrl, summarize, type BuiltFile} from '../../../plugins/offline/savedSet';

const file = (path: string, bytes = 100): BuiltFile => ({path, bytes});
const paths = (files: readonly BuiltFile[]) => files.map((f) => f.path);

describe('classifyFiles', () => {
  const sorted = classifyFiles(
    [
      'index.html', 'offline.html', '404.html', 'docs/handbooks.html', 'docs/handbooks/fellowships.html',
      'recommendations.html', 'recommendations/E.164.html', 'study-groups/sg20.html', 'events.html', 'events/wtsa.html',
      'indicators.html', 'translations.html', 'forum.html', 'forum/12.html', 'forum/page/2.html', 'forum/ask.html',
      'assets/js/main.3312df18.js', 'assets/css/styles.c1c6a721.css', 'img/logo.svg', 'feeds/questions.atom', 'sw.js',
      'offline/manifest.json', 'sitemap.xml',
    ].map((path) => file(path)),
  );

  it('saves the guidance, the catalogue, the home and offline pages; the forum apart; not events, indicators, feeds or the ask page', () => {
    expect(paths(sorted.guidance)).toEqual([
      'docs/handbooks.html', 'docs/handbooks/fellowships.html', 'index.html', 'offline.html',
      'recommendations.html', 'recommendations/E.164.html', 'study-groups/sg20.html',
    ]);
    expect(paths(sorted.forum)).toEqual(['forum.html', 'forum/12.html', 'forum/page/2.html']);
    expect(paths(sorted.assets)).toEqual(['assets/css/styles.c1c6a721.css', 'assets/js/main.3312df18.js', 'img/logo.svg']);
  });

  it('counts the assets with the guidance and the forum pages alone (the forum is saved on top)', () => {
    expect(summarize(sorted)).toEqual({guidance: {pages: 7, bytes: 1000}, forum: {pages: 3, bytes: 300}});
  });
});

describe('filesOfLocale', () => {
  const build = ['index.html', 'assets/js/a.12345678.js', 'fr/index.html', 'fr/assets/js/b.12345678.js', 'ar/docs/x.html', 'pagefind/x.pf'].map((path) => file(path));

  it('takes nothing of another locale for the default one', () => {
    expect(paths(filesOfLocale(build, '', ['ar', 'fr']))).toEqual(['index.html', 'assets/js/a.12345678.js', 'pagefind/x.pf']);
  });

  it('takes only its folder for a translated locale, relative to it', () => {
    expect(paths(filesOfLocale(build, 'fr', []))).toEqual(['index.html', 'assets/js/b.12345678.js']);
  });
});

it.each([
  ['/fr/', 'index.html', '/fr/'],
  ['/fr/', 'docs/handbooks.html', '/fr/docs/handbooks'],
  ['/', 'forum/12.html', '/forum/12'],
  ['/', 'docs/index.html', '/docs'],
])('pageUrl(%s, %s) is %s, the address links use', (baseUrl, path, url) => {
  expect(pageUrl(baseUrl, path)).toBe(url);
});
