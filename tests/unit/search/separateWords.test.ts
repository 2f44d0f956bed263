import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {separateWords} from '../../../plugins/search-local/separateWords';

const separated = (html: string) => {
  const tree = fromHtml(html, {fragment: true});
  separateWords(tree);
  return toHtml(tree);
};

describe('separateWords', () => {
  it('ends header cells, terms, values and captions with a space, which the index keeps as a word break', () => {
    expect(separated('<table><caption>Groups</caption><tr><th>Group</th><th>Home <em>series</em></th></tr></table>')).toBe(
      '<table><caption>Groups </caption><tbody><tr><th>Group </th><th>Home <em>series</em> </th></tr></tbody></table>',
    );
    expect(separated('<dl><dt>Dates</dt><dd>12–14 May</dd></dl><details><summary>More</summary>x</details>')).toBe(
      '<dl><dt>Dates </dt><dd>12–14 May </dd></dl><details><summary>More </summary>x</details>',
    );
  });

  it('leaves what already ends with a space, and what the index already separates', () => {
    expect(separated('<table><tr><th>A </th><td>B</td></tr></table><ul><li>x</li></ul><p>a<b>b</b></p>')).toBe(
      '<table><tbody><tr><th>A </th><td>B</td></tr></tbody></table><ul><li>x</li></ul><p>a<b>b</b></p>',
    );
  });
});
