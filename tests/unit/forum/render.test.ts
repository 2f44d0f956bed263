import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {createPostRenderer} from '../../../plugins/forum/render';

const siteDir = path.join(__dirname, '../../..');
const render = createPostRenderer({siteDir, dataDir: path.join(siteDir, 'data'), recommendationsPath: '/fr/recommendations'});

describe('post rendering', () => {
  it.each([
    ['<script>alert(1)</script>', /<script|alert\(1\)<\/script/],
    ['<img src=x onerror="alert(2)">', /onerror/],
    ['[click](javascript:alert(3))', /javascript:/i],
    ['<a href="JaVaScRiPt:alert(4)">x</a>', /javascript:/i],
    ['<svg><script>alert(5)</script></svg>', /<svg|<script/],
    // The mutation-XSS payload may survive as escaped text, never as elements.
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(6)>', /<math|<style|<img[^>]*onerror/],
    ['<iframe src="https://example.com"></iframe>', /<iframe/],
    ['<form action="https://example.com"><input name=x></form>', /<form|name="x"/],
    ['<div style="position:fixed;top:0">overlay</div>', /style=/],
    ['<a href="data:text/html,<script>alert(8)</script>">link</a>', /data:text/],
  ])('neutralizes %s', (markdown, forbidden) => {
    expect(render(markdown, 'en')).not.toMatch(forbidden);
  });

  it('keeps GitHub-flavoured Markdown: tables, code, task lists', () => {
    const html = render('| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n<script>x</script>\n```', 'en');
    expect(html).toContain('<table>');
    expect(html).toContain('&#x3C;script>x&#x3C;/script>');
  });

  it('links citations to the locale’s catalogue and marks abbreviations in the post’s language', () => {
    expect(render('Le TSB et la Recommandation UIT-T E.164.', 'fr')).toBe(
      '<p>Le <abbr title="Bureau de la normalisation des télécommunications">TSB</abbr> et la <a href="/fr/recommendations/E.164">Recommandation UIT-T E.164</a>.</p>',
    );
  });

  it('marks external links nofollow ugc noopener and bounds lazy images', () => {
    const html = render('[ITU](https://www.itu.int) <img src="https://example.com/a.png" width="99999" height="200">', 'en');
    expect(html).toContain('<a href="https://www.itu.int" rel="nofollow ugc noopener">ITU</a>');
    expect(html).toMatch(/<img src="https:\/\/example.com\/a.png" height="200" loading="lazy" decoding="async">/);
  });
});
