import {s} from 'hastscript';
import {visit} from 'unist-util-visit';
import type {Element} from 'hast';

/** What every chart needs to know about the page it is drawn for. */
export type ChartContext = {
  /** BCP 47 language of the page, for numbers and dates. */
  lang: string;
  rtl: boolean;
  /** Set while the data is a made-up sample: the picture says so too, should it be copied alone. */
  sampleLabel: string | null;
};

export const WIDTH = 400;

/**
 * A horizontal position in a chart laid out from the start of the line: in
 * a right-to-left page, the start is the right edge. Charts keep
 * `direction="ltr"` so that these coordinates mean the same in both.
 */
/**
 * A coordinate to a whole unit of the chart (under half a pixel on a phone, where the chart is narrower than its
 * viewBox): more digits are bytes every reader pays for (the charts are in the page and its data), and no screen
 * shows them.
 */
export const px = (n: number) => Math.round(n);

export const xFrom = (rtl: boolean) => (offset: number, width = 0) => px(rtl ? WIDTH - offset - width : offset);

/** Text anchored at the start (or end) of the reading direction. */
export const anchor = (rtl: boolean, at: 'start' | 'end' = 'start') => ((at === 'start') !== rtl ? 'start' : 'end');

export const numberFormat = (lang: string, maximumFractionDigits = 1) => new Intl.NumberFormat(lang, {maximumFractionDigits});

/** A label cut to `max` characters, so that it fits the chart's width in any script. */
export const shorten = (text: string, max = 50) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * The `<svg>` around a chart's marks: its accessible name is the chart's
 * title, and the table beside it holds the same numbers.
 */
/** The attributes that place and size a shape: each chart computes them, the frame rounds them all alike. */
const GEOMETRY = ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r'];

export function frame(context: ChartContext, {label, height}: {label: string; height: number}, children: Element[]): Element {
  const x = xFrom(context.rtl);
  for (const child of children) {
    visit(child, 'element', (node: Element) => {
      for (const key of GEOMETRY) {
        const value = node.properties[key];
        if (typeof value === 'number') node.properties[key] = px(value);
      }
    });
  }
  return s(
    'svg',
    {viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', ariaLabel: label, direction: 'ltr', className: ['bsg-chart'], lang: context.lang},
    [
      ...children,
      ...(context.sampleLabel
        ? [s('text', {x: x(WIDTH - 4), y: height - 6, textAnchor: anchor(context.rtl, 'end'), className: ['bsg-chart__sample']}, context.sampleLabel)]
        : []),
    ],
  );
}
