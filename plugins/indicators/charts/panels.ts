import {scaleLinear, scaleUtc} from 'd3-scale';
import {line} from 'd3-shape';
import {s} from 'hastscript';
import {WIDTH, anchor, frame, numberFormat, xFrom} from './frame';
import type {ChartContext} from './frame';
import type {Element} from 'hast';

export type Panel = {label: string; lang?: string; points: {date: string; value: number}[]};

const PANEL = 64;
const LABEL = 100;
const VALUE = 48;

/**
 * One small line chart per series (a language's coverage over time), on a
 * shared time axis and a 0–100 scale: series that are equal stay readable,
 * which one chart with overlapping lines would not be. Time runs in the
 * reading direction; a single point is drawn as a dot.
 */
export function panelChart(context: ChartContext, {label, panels, dateLabel}: {label: string; panels: Panel[]; dateLabel: (date: string) => string}): Element {
  const format = numberFormat(context.lang, 0);
  const x = xFrom(context.rtl);
  const dates = panels.flatMap((panel) => panel.points.map((point) => Date.parse(point.date)));
  const first = Math.min(...dates);
  const last = Math.max(...dates);
  const time = scaleUtc()
    .domain([first, last === first ? first + 1 : last])
    .range([x(LABEL), x(WIDTH - VALUE)]);
  const marks = panels.flatMap((panel, i) => {
    const top = 8 + i * PANEL;
    const y = scaleLinear().domain([0, 100]).range([top + PANEL - 18, top + 6]);
    const path = line<{date: string; value: number}>((p) => time(Date.parse(p.date)), (p) => y(p.value))(panel.points) ?? '';
    const latest = panel.points.at(-1);
    return [
      s('text', {x: x(2), y: top + PANEL / 2, textAnchor: anchor(context.rtl), className: ['bsg-chart__label'], lang: panel.lang}, panel.label),
      s('line', {x1: time.range()[0], x2: time.range()[1], y1: y(0), y2: y(0), className: ['bsg-chart__axis']}),
      s('line', {x1: time.range()[0], x2: time.range()[1], y1: y(100), y2: y(100), className: ['bsg-chart__grid']}),
      panel.points.length > 1 ? s('path', {d: path, className: ['bsg-chart__line']}) : null,
      ...(latest
        ? [
            s('circle', {cx: time(Date.parse(latest.date)), cy: y(latest.value), r: 3.5, className: ['bsg-chart__dot']}),
            s('text', {x: x(WIDTH - VALUE + 8), y: top + PANEL / 2, textAnchor: anchor(context.rtl), className: ['bsg-chart__value']}, `${format.format(latest.value)}%`),
          ]
        : []),
    ].filter((mark): mark is Element => mark !== null);
  });
  const axisY = 8 + panels.length * PANEL + 4;
  const ends = first === last ? [first] : [first, last];
  const axis = ends.map((date) =>
    s('text', {x: time(date), y: axisY, textAnchor: ends.length === 1 ? 'middle' : date === first ? (context.rtl ? 'end' : 'start') : context.rtl ? 'start' : 'end', className: ['bsg-chart__tick']}, dateLabel(new Date(date).toISOString().slice(0, 10))),
  );
  return frame(context, {label, height: axisY + 22}, [...marks, ...axis]);
}
