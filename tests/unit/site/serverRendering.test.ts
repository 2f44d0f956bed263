import {PassThrough} from 'node:stream';
import {text} from 'node:stream/consumers';
import React from 'react';
import {renderToPipeableStream} from 'react-dom/server';
import {describe, expect, it} from 'vitest';

/** Renders as Docusaurus does at build time (`@docusaurus/core/lib/client/renderToHtml.js`). */
function render(element: React.ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    const output = new PassThrough();
    const {pipe} = renderToPipeableStream(element, {
      onError: reject,
      onAllReady() {
        pipe(output);
        text(output).then(resolve, reject);
      },
    });
  });
}

/*
 * React 18.3.1 writes its whole 2,048-byte buffer when a short string does not
 * fit in what is left of it, stale bytes included: a character of Arabic,
 * Chinese or Russian text at that boundary came out as "��" on 25 of our
 * pages. patches/react-dom+18.3.1.patch (applied by `npm ci`) writes only the
 * filled part.
 */
describe('server rendering', () => {
  it.each([
    ['Chinese', '按ITU-T L.1031建议书建立电子废物清单'],
    ['Arabic', 'قبل أكثر من 12 شهراً'],
    ['Russian', 'Исследовательская комиссия'],
  ])('keeps %s text whole wherever it falls in the output', async (_, phrase) => {
    // Short strings fill React's buffer; move the phrase across its end one byte at a time.
    const filler = Array.from({length: 250}, (_, i) => React.createElement('i', {key: i}, 'x'));
    for (let shift = 0; shift < 30; shift += 1) {
      const html = await render(React.createElement('div', null, 'y'.repeat(shift), filler, React.createElement('p', {'data-value': phrase}, phrase)));
      expect(html).not.toContain('\uFFFD');
      expect(html).not.toContain('\0');
      expect(html.split(phrase)).toHaveLength(3);
    }
  });
});
