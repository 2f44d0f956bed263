import {describe, expect, test} from 'vitest';
import {answerText, QUOTE_MAX} from '../../../gateway/mail/answerText';

const text = (markdown: string) => answerText(markdown).text;

describe('answerText', () => {
  test('Markdown becomes plain text, block by block', () => {
    const markdown = [
      '# See clause 6',
      'Para with **bold**, _emphasis_, ~~gone~~ and `code https://c.example`.  \nA hard break.',
      '- one\n- two\n  - nested\n- [x] done',
      '3. three\n4. four',
      '> quoted\n> on two lines',
      '```js\nconst x = 1;\n```',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '---',
      'Footnote[^n].\n\n[^n]: The note.',
    ].join('\n\n');
    expect(text(markdown)).toMatchInlineSnapshot(`
      "See clause 6

      Para with bold, emphasis, gone and code https://c.example.
      A hard break.

      - one
      - two
        - nested
      - [x] done

      3. three
      4. four

      > quoted
      > on two lines

      const x = 1;

      a | b
      1 | 2

      ———

      Footnote[^n].

      [^n]: The note."
    `);
  });

  test('a link is its label and its host; a label that is an address, the host alone; other schemes, the label alone', () => {
    expect(text('[re-confirm here](https://phish.example/login?id=1) https://phish.example/a www.phish.example <https://x.example/y>')).toBe(
      're-confirm here (phish.example) phish.example www.phish.example x.example',
    );
    expect(text('[https://good.example](https://phish.example) [www.good.example](https://phish.example) [a@good.example](https://phish.example)')).toBe('phish.example phish.example phish.example');
    expect(text('[x](javascript:alert(1)) [write](mailto:a@b.example) a@b.example [data](data:text/html,hi)')).toBe('x write a@b.example data');
    // Relative to GitHub, where the comment is; an IDN in its ASCII form; a port stays.
    expect(text('[thread](/bsg-hub/forum/discussions/3) [idn](https://exаmple.com) [port](https://p.example:8443/x)')).toBe('thread (github.com) idn (xn--exmple-4nf.com) port (p.example:8443)');
  });

  test('references and images as links', () => {
    expect(text('[the clause][c] and ![a diagram](https://img.example/d.png) ![](https://img.example/e.png)\n\n[c]: https://www.itu.int/rec/T-REC-E.164')).toBe(
      'the clause (www.itu.int) and a diagram (img.example) img.example',
    );
  });

  test('raw HTML: its text, links as links, scripts dropped', () => {
    expect(text('<div>Hello <a href="https://phish.example">click</a><script>alert(1)</script><style>p{}</style></div>\n\nInline <b>bold</b> <a href="https://p.example">label</a> <img src="https://i.example/t.png" alt="pic"> <!-- hidden -->')).toBe(
      'Hello click (phish.example)\n\nInline bold label pic (i.example)',
    );
  });

  test('CRLF, controls and bidi controls', () => {
    expect(text('one\r\ntwo\r\n\r\nthree\u0000\u0007 \u202Eelpmaxe.doog\u202C \u2066isolated\u2069 \u200Fmark')).toBe('one\ntwo\n\nthree elpmaxe.doog isolated \u200Fmark');
  });

  test(`at most ${QUOTE_MAX} characters: whole blocks, else cut at a space, else at a character`, () => {
    const paragraphs = answerText(Array.from({length: 10}, () => 'para '.repeat(100).trim()).join('\n\n'));
    expect(paragraphs).toMatchObject({cut: true});
    expect(paragraphs.text.split('\n\n')).toHaveLength(4);
    expect(paragraphs.text.endsWith('para\n\n…')).toBe(true);
    const words = answerText('word '.repeat(1000));
    expect(words.text.length).toBeLessThanOrEqual(QUOTE_MAX);
    expect(words.text).toMatch(/ word …$/);
    const chinese = answerText('汉字'.repeat(2000));
    expect([...chinese.text].length).toBeLessThanOrEqual(QUOTE_MAX);
    expect(chinese.text).toMatch(/[汉字] …$/);
    // Characters as a reader counts them: an emoji family is one, never split.
    const family = answerText('👨‍👩‍👧'.repeat(3000));
    expect(family.text.replace(' …', '').length % '👨‍👩‍👧'.length).toBe(0);
    expect(answerText('short')).toEqual({text: 'short', cut: false});
  });

  test('a hostile megabyte: parsed only as far as the quote needs, quickly, and said to go on', () => {
    for (const markdown of [`${'<b id=1>x</b> '.repeat(80_000)}END`, `${'[a](https://a.example) '.repeat(50_000)}END`, `${'<!-- -->'.repeat(200_000)}END`]) {
      const started = performance.now();
      const quoted = answerText(markdown);
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(quoted.cut).toBe(true);
      expect(quoted.text).not.toContain('END');
    }
  });
});
