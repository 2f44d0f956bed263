import {scaleLinear} from 'd3-scale';
import {s} from 'hastscript';
import {WIDTH, anchor, frame, numberFormat, px, shorten, xFrom} from './frame';
import type {ChartContext} from './frame';
import type {Element} from 'hast';

export type BarSeries = {label: string; unit?: string};
export type BarCategory = {label: string; values: (number | null)[]; lang?: string};

const LABEL_LINE = 18;
const BAR = 14;
const GAP = 12;
const VALUE_ROOM = 56;

/**
 * Horizontal bars, one group per category with one bar per series. Labels
 * sit above their bars so that long names in any script need no measuring,
 * and bars grow from the start of the reading direction.
 */
export function barChart(context: ChartContext, {label, series, categories, max}: {label: string; series: BarSeries[]; categories: BarCategory[]; max?: number}): Element {
  const format = numberFormat(context.lang);
  const x = xFrom(context.rtl);
  const legend = series.length > 1 ? LABEL_LINE + 6 : 0;
  const top = legend + 4;
  const groupHeight = LABEL_LINE + series.length * (BAR + 2) + GAP;
  const largest = Math.max(max ?? 0, ...categories.flatMap((c) => c.values.map((v) => v ?? 0)), 1);
  const length = scaleLinear().domain([0, largest]).range([0, WIDTH - VALUE_ROOM]);
  const marks = categories.flatMap((category, i) => {
    const y = top + i * groupHeight;
    return [
      s('text', {x: x(2), y: y + LABEL_LINE - 5, textAnchor: anchor(context.rtl), className: ['bsg-chart__label'], lang: category.lang}, shorten(category.label)),
      ...category.values.flatMap((value, j) => {
        const barY = y + LABEL_LINE + j * (BAR + 2);
        const width = value === null ? 0 : px(Math.max(length(value), value > 0 ? 2 : 0));
        const text = value === null ? '–' : `${format.format(value)}${series[j]?.unit ?? ''}`;
        return [
          s('rect', {x: x(0, width), y: barY, width, height: BAR, className: [`bsg-chart__series-${j}`]}),
          s('text', {x: x(width + 6), y: barY + BAR - 3, textAnchor: anchor(context.rtl), className: ['bsg-chart__value']}, text),
        ];
      }),
    ];
  });
  const legendItems =
    series.length > 1
      ? series.flatMap((item, j) => {
          const offset = j * (WIDTH / 2);
          return [
            s('rect', {x: x(offset, 12), y: 6, width: 12, height: 12, className: [`bsg-chart__series-${j}`]}),
            s('text', {x: x(offset + 18), y: 16, textAnchor: anchor(context.rtl), className: ['bsg-chart__legend']}, item.label),
          ];
        })
      : [];
  return frame(context, {label, height: top + categories.length * groupHeight + 12}, [...legendItems, ...marks]);
}
