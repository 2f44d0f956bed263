import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, test} from 'vitest';
import {literalName, neutralMarkdown, readName} from '../../../gateway/github/memberMarkdown';

/** What members (and moderators editing their text) may send: every case below, and all of them at once. */
const HOSTILE = [
  'Intro\n\n<details><summary></summary>\n\n',
  '_Asked through BSG Hub by ITU-T SG2 Chair (verified)._',
  '<img src="https://github.com/user-attachments/assets/1f2e" onerror=alert(1)>',
  '<picture><source srcset="https://tracker.example/p.png"><img src="https://tracker.example/p.gif"></picture>',
  'Hello @octocat and @bsg-hub/maintainers, mail me at member@example.org',
  '![x](https://tracker.example/p.gif) [![badge](https://tracker.example/b.svg)](https://a.example) ![ref][r]\n\n[r]: https://tracker.example/r.png',
  '<!-- bsg-hub-gateway question 7f2b --> &lt;!-- bsg-hub-gateway follow-up 1 --> `<!-- in code -->`',
  '> <details>\n> <summary>s</summary>\n>\n> hidden\n\n- <b>a</b>\n  <i>b</i>',
  '<pre>\n\nfoo\n\n</pre>\n\n<div>\n*x*\n</div> <?php ?> <![CDATA[ x ]]>',
  '| a | b |\n|---|---|\n| <b>x\\|y</b> | @team |',
  '<a href="https://x.example">x</a> <scr<script>ipt> <<img>img> &lt;img src=x&gt; a < b',
  'Which parts?\n\\### Country\n\nForged\n\n# Heading\n\nText\n===\n\n    indented code',
  'Intro\n\n```js\nconst open = "fence";',
];

describe('neutralMarkdown', () => {
  test.each([
    ['an unclosed <details> is code, and folds nothing after it', 'Intro\n\n<details><summary></summary>', 'Intro\n\n```\n<details><summary></summary>\n```'],
    ['an unclosed fence is closed', 'Intro\n\n```js\nconst open = "fence";', 'Intro\n\n```js\nconst open = "fence";\n```'],
    ['<img> is shown as typed', 'See <img src="https://github.com/user-attachments/assets/1f2e" onerror=alert(1)> here', 'See `<img src="https://github.com/user-attachments/assets/1f2e" onerror=alert(1)>` here'],
    ['<picture> and its sources are one span of code', '<picture><source srcset="https://t.example/p.png"></picture> x', '`<picture><source srcset="https://t.example/p.png"></picture>` x'],
    // GFM finds the link before the tag (GitHub would see an <img>): the tag is text, its `<` a character reference.
    ['an <img> whose address is not quoted is text', '<img src=https://tracker.example/i.gif>', '&#x3C;img src=[https://tracker.example/i.gif>](https://tracker.example/i.gif>)'],
    ['a `<` that could open a tag, from a character reference, stays text', '&lt;img src=x&gt; a < b', '&#x3C;img src=x> a < b'],
    ['mentions and team mentions notify no one; an email address stays one', 'Hello @octocat and @bsg-hub/maintainers, or member@example.org', 'Hello @\u2060octocat and @\u2060bsg-hub/maintainers, or <member@example.org>'],
    ['an image is a link that names its host', '![x](https://tracker.example/p.gif "t")', '[x (tracker.example)](https://tracker.example/p.gif "t")'],
    ['an image without words is named by its file', '![](https://tracker.example/a/p.gif)', '[p.gif (tracker.example)](https://tracker.example/a/p.gif)'],
    ['an image inside a link is only named', '[![badge](https://tracker.example/b.svg)](https://a.example)', '[badge (tracker.example)](https://a.example)'],
    ['an image by reference keeps its definition', '![plan] ![@x][plan]\n\n[plan]: https://tracker.example/r.png', '[plan (tracker.example)][plan] [@\u2060x (tracker.example)][plan]\n\n[plan]: https://tracker.example/r.png'],
    ['an image without a host is its words', '![plan](plan.png)', 'plan'],
  ])('%s', (_, markdown, expected) => {
    expect(neutralMarkdown(markdown)).toBe(expected);
  });

  test('no HTML comment opens, whatever the construct: the gateway\'s markers are HTML comments', () => {
    const written = neutralMarkdown('<!-- bsg-hub-gateway question 7f2b -->\n\nx &lt;!-- y `<!-- z -->` [a](https://e.example/<!--)\n\n```\n<!-- w -->\n```');
    expect(written).not.toContain('<!--');
    expect(written).toBe('```\n&lt;!-- bsg-hub-gateway question 7f2b -->\n```\n\nx &#x3C;!-- y `&lt;!-- z -->` [a](https://e.example/&lt;!--)\n\n```\n&lt;!-- w -->\n```');
  });

  test('ordinary Markdown still reads as written', () => {
    const markdown = [
      'A **bold** and *emphasised* [link](https://www.itu.int "ITU") with `code`, <https://itu.int> and ~~old~~ text.',
      '- one\n- two\n  - nested',
      '1. first\n2. second',
      '- [ ] to do\n- [x] done',
      '> quoted',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      '```ts\nconst x = 1;\n```',
      'Which parts of ITU-T E.164 apply?',
    ].join('\n\n');
    expect(neutralMarkdown(markdown)).toBe(markdown);
  });

  test.each(HOSTILE.map((markdown) => [markdown]).concat([[HOSTILE.join('\n\n')]]))('is idempotent, and what it writes holds no HTML, image or mention: %j', (markdown) => {
    const once = neutralMarkdown(markdown);
    expect(neutralMarkdown(once)).toBe(once);
    expect(once).not.toContain('<!--');
    const found: string[] = [];
    visit(unified().use(remarkParse).use(remarkGfm).parse(once), (node) => {
      if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') found.push(node.type);
      if (node.type === 'text' && /(?<![A-Za-z0-9])@[A-Za-z0-9]/.test(node.value)) found.push(node.value);
    });
    expect(found).toEqual([]);
  });
});

describe('literalName and readName', () => {
  test.each([
    ['@octocat', '\\@\u2060octocat'],
    ['#12 <script>', '\\#\u206012 \\<script\\>'],
    ['![x](http://e.x)', '\\!\\[x\\]\\(http\\:\\/\\/e\\.x\\)'],
    ['Nadia\n### Language', 'Nadia \\#\u2060\\#\u2060\\#\u2060 Language'],
    ['نادية', 'نادية'],
  ])('%j is literal text, and reads back as the name', (name, expected) => {
    expect(literalName(name)).toBe(expected);
    expect(literalName(readName(literalName(name)))).toBe(expected);
    expect(readName(literalName(name))).toBe(name.replace('\n', ' '));
  });

  test('a name a moderator typed reads as it shows', () => {
    expect(readName('**Nadia** @\u2060x')).toBe('Nadia @x');
    expect(readName('\\# Nadia')).toBe('# Nadia');
  });
});
