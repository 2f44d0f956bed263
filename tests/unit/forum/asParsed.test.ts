import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {asParsed} from '../../../plugins/forum/asParsed';
import {createPostRenderer} from '../../../plugins/forum/render';

const siteDir = path.join(__dirname, '../../..');
const render = createPostRenderer({siteDir, dataDir: path.join(siteDir, 'data'), recommendationsPath: '/recommendations'});

type Post = {body: string; replies?: Post[]};
type ThreadFile = {number: number; body: string; comments: Post[]};

/** Every post of the forum snapshots in the repository: the sample (thread 34 is hostile on purpose) and the invalid fixture. */
function snapshotPosts(): [string, string][] {
  const folders = ['data/forum/threads', 'tests/fixtures/invalid-forum-snapshot/forum/threads'];
  return folders.flatMap((folder) =>
    readdirSync(path.join(siteDir, folder)).flatMap((name) => {
      let thread: Partial<ThreadFile>;
      try {
        thread = JSON.parse(readFileSync(path.join(siteDir, folder, name), 'utf8')) as Partial<ThreadFile>;
      } catch {
        return []; // The invalid fixture has files that are not JSON on purpose.
      }
      const posts = (thread.comments ?? []).flatMap((comment) => [comment, ...(comment.replies ?? [])]);
      return [thread.body, ...posts.map((post) => post.body)]
        .filter((body): body is string => typeof body === 'string')
        .map((body, index): [string, string] => [`${folder}/${name} #${index}`, body]);
    }),
  );
}

/** Payloads of the sanitizer's tests and the classic mutation-XSS shapes. */
const HOSTILE = [
  '<b><i>unclosed\n\nnext paragraph',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(6)>',
  '<svg><p><style><img src=x onerror=alert(1)></style></p></svg>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<table><tr><td>a</td></tr><p>b</p><a href="https://x.example">c</a></table>',
  '<a href="https://a.example">a<a href="https://b.example">b</a></a>',
  '<p><div>block in a paragraph</div></p>',
  '<ul><li>one<li>two</ul></li></li>',
  '<h1><h2>heading in a heading</h2></h1>',
  '<details><summary><p>x</p></summary><details>y',
  '<table><td>cell without a row',
  '<select><option><b>x</b></option></select>',
  '<template><p>inside a template</p></template>',
  '<textarea><b>x</b></textarea>',
  '<pre>\n\nleading newlines</pre>',
  '<b>a<p>b</b>c</p>',
  '<i><p>x</i></p>',
  '</p></div></td>stray end tags',
];

/**
 * Random nestings of tags the sanitizer keeps and tags it drops, some never
 * closed, some closed twice, with Markdown between them. A fixed seed: a
 * failure is reproducible.
 */
function generatedNestings(count: number): string[] {
  let seed = 20;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const TAGS = ['p', 'i', 'b', 'a href="https://x.example"', 'div', 'table', 'tr', 'td', 'ul', 'li', 'h2', 'pre', 'code', 'details', 'summary', 'blockquote', 'dl', 'dt', 'dd', 'sup', 'ruby', 'rt',
    'form', 'svg', 'math', 'mtext', 'style', 'select', 'option', 'template', 'noscript', 'iframe', 'textarea', 'title', 'button', 'img src="https://github.com/user-attachments/assets/1"', 'font', 'center', 'marquee'];
  const TEXT = ['x', ' ', '\n\n', '\n- item\n', '*em*', '**strong**', '`code`', '| a |\n|---|\n| b |', '> quote\n', '&lt;', 'E.164'];
  return Array.from({length: count}, () =>
    Array.from({length: 4 + Math.floor(next() * 12)}, () => {
      const tag = pick(TAGS);
      const roll = next();
      return roll < 0.45 ? `<${tag}>` : roll < 0.8 ? `</${tag.split(' ')[0]}>` : pick(TEXT);
    }).join(''),
  );
}

/** What a browser builds from a post inside a `<div>` (thread pages, feeds), serialized again. */
const reparsedInDiv = (html: string) => toHtml(fromHtml(`<div>${html}</div>`, {fragment: true}));

describe('post HTML as a parser builds it', () => {
  const cases: [string, string][] = [
    ...snapshotPosts(),
    ...HOSTILE.map((markdown, index): [string, string] => [`hostile #${index}`, markdown]),
    ...generatedNestings(400).map((markdown, index): [string, string] => [`generated #${index}`, markdown]),
  ];

  it(`survives a parse and a serialization unchanged (${cases.length} posts)`, () => {
    const changed = cases.filter(([, markdown]) => {
      const html = render(markdown, 'en');
      return toHtml(fromHtml(html, {fragment: true})) !== html || reparsedInDiv(html) !== `<div>${html}</div>`;
    });
    expect(changed.map(([name, markdown]) => `${name}: ${JSON.stringify(markdown.slice(0, 120))}`)).toEqual([]);
  });

  it('covers the whole snapshot, thread 34 among it', () => {
    expect(cases.map(([name]) => name)).toContain('data/forum/threads/0034.json #0');
  });

  it('closes thread 34\'s unclosed <b><i> in its paragraph, and opens it around no other', () => {
    expect(render('Fragment 8: <b><i>unclosed\n\nFragment 9\n\nFragment 10', 'en')).toBe(
      '<p>Fragment 8: <b><i>unclosed</i></b></p>\n<p>Fragment 9</p>\n<p>Fragment 10</p>',
    );
  });

  it('drops from attributes and text what XML and HTML forbid, which character references can make', () => {
    const html = render('<b title="a&#xFFFE;b&#1;c">t&#xFFFF;</b> <img src="https://github.com/user-attachments/assets/1" alt="&#xFFFF;alt">', 'en');
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\p{Cs}\p{Noncharacter_Code_Point}]/u);
    expect(html).toContain('title="abc"');
    expect(html).toContain('alt="alt"');
  });

  it('shows a tree that does not settle as the text that was typed', () => {
    // No post has needed a second round; with none allowed, any post is one that does not settle.
    const tree = fromHtml('<p>x</p>', {fragment: true});
    const file = new VFile('typed <b>as</b> is');
    unified().use(asParsed, {maxRounds: 0}).runSync(tree, file);
    expect(toHtml(tree)).toBe('<p class="forum-as-typed">typed &#x3C;b>as&#x3C;/b> is</p>');
  });
});
