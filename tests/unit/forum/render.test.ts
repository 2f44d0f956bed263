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

  it('marks external links nofollow ugc noopener and bounds lazy images on GitHub’s attachment hosts', () => {
    const html = render('[ITU](https://www.itu.int) <img src="https://github.com/user-attachments/assets/1f2e" alt="Plan" width="99999" height="200">', 'en');
    expect(html).toContain('<a href="https://www.itu.int" rel="nofollow ugc noopener">ITU</a>');
    expect(html).toContain('<img src="https://github.com/user-attachments/assets/1f2e" alt="Plan" height="200" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
  });

  it('turns an image of any other host into a link that names the host, loaded only when followed', () => {
    expect(render('![Coverage map](https://tracker.example/pixel.png?reader=1)', 'en')).toBe(
      '<p><a class="forum-external-image" href="https://tracker.example/pixel.png?reader=1" rel="nofollow ugc noopener"><span class="forum-image-name">Coverage map</span> (tracker.example)</a></p>',
    );
    // No alt text: the file name, decoded where it can be.
    expect(render('<img src="https://a.example/d/%E5%9B%BE.png"> <img src="https://b.example/%E0%A4">', 'en')).toMatch(
      /<span class="forum-image-name">图.png<\/span> \(a.example\)<\/a> <a[^>]*><span class="forum-image-name">%E0%A4<\/span> \(b.example\)/,
    );
    // Inside a link it is only named: a link cannot hold a link.
    expect(render('[![badge](https://shields.example/b.svg)](https://ci.example)', 'en')).toBe(
      '<p><a href="https://ci.example" rel="nofollow ugc noopener"><span class="forum-external-image"><span class="forum-image-name">badge</span> (shields.example)</span></a></p>',
    );
  });

  it.each([
    ['<picture><source srcset="https://tracker.example/a.png"><img src="https://github.com/user-attachments/assets/1"></picture>', /tracker\.example|<source/],
    ['<img src="https://user-images.githubusercontent.com.evil.example/x.png">', /<img/],
    ['<img src="http://github.com/user-attachments/assets/1">', /<img/],
    ['<img src="https://github.com/evil/user-attachments/assets/1">', /<img/],
    ['<img srcset="https://tracker.example/a.png 2x" src="https://github.com/user-attachments/assets/1">', /tracker/],
  ])('loads no image of another host from %s', (markdown, forbidden) => {
    expect(render(markdown, 'en')).not.toMatch(forbidden);
  });

  it('drops controls from the text: NUL would become U+FFFD', () => {
    expect(render('Tab\tand\u0000 NUL\u001b[31m', 'en')).toBe('<p>Tab\tand NUL[31m</p>');
  });
});
