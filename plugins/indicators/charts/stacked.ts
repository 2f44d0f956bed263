import {scaleLinear} from 'd3-scale';
import {s} from 'hastscript';
import {WIDTH, anchor, frame, numberFormat, px, shorten, xFrom} from './frame';
import type {ChartContext} from './frame';
import type {Element} from 'hast';

/** One bar: its label and a value per series; `null` for a value that is not published (it is not drawn). */
export type StackedBar = {label: string; values: (number | null)[]; lang?: string; /** What is written after the bar: its total, or why there is none. */ end: string};

const LABEL_LINE = 18;
const BAR = 14;
const GAP = 10;
const LEGEND_LINE = 18;
const END_ROOM = 70;

/**
 * Horizontal bars made of one segment per series (participants by country
 * group), growing from the start of the reading direction. A value that is
 * not published is not drawn: the bar is then shorter than its total, and
 * the text after it says what the table says.
 */
export function stackedBarChart(context: ChartContext, {label, series, bars}: {label: string; series: string[]; bars: StackedBar[]}): Element {
  const format = numberFormat(context.lang);
  const x = xFrom(context.rtl);
  const perLine = 3;
  const legendHeight = Math.ceil(series.length / perLine) * LEGEND_LINE + 6;
  const largest = Math.max(1, ...bars.map((bar) => bar.values.reduce<number>((sum, v) => sum + (v ?? 0), 0)));
  const length = scaleLinear().domain([0, largest]).range([0, WIDTH - END_ROOM]);
  const legend = series.flatMap((name, j) => {
    const offset = (j % perLine) * (WIDTH / perLine);
    const y = Math.floor(j / perLine) * LEGEND_LINE + 4;
    return [
      s('rect', {x: x(offset, 12), y, width: 12, height: 12, className: [`bsg-chart__series-${j}`]}),
      s('text', {x: x(offset + 16), y: y + 10, textAnchor: anchor(context.rtl), className: ['bsg-chart__legend']}, shorten(name, 20)),
    ];
  });
  const marks = bars.flatMap((bar, i) => {
    const y = legendHeight + i * (LABEL_LINE + BAR + GAP);
    let start = 0;
    const segments = bar.values.flatMap((value, j) => {
      if (value === null || value === 0) return [];
      const width = px(Math.max(length(value), 1));
      const segment = s('rect', {x: x(start, width), y: y + LABEL_LINE, width, height: BAR, className: [`bsg-chart__series-${j}`]}, s('title', `${series[j] ?? ''}: ${format.format(value)}`));
      start += width;
      return [segment];
    });
    return [
      s('text', {x: x(2), y: y + LABEL_LINE - 5, textAnchor: anchor(context.rtl), className: ['bsg-chart__label'], lang: bar.lang}, shorten(bar.label)),
      ...segments,
      s('text', {x: x(start + 6), y: y + LABEL_LINE + BAR - 3, textAnchor: anchor(context.rtl), className: ['bsg-chart__value']}, bar.end),
    ];
  });
  return frame(context, {label, height: legendHeight + bars.length * (LABEL_LINE + BAR + GAP) + 16}, [...legend, ...marks]);
}
