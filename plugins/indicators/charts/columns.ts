import {scaleBand, scaleLinear} from 'd3-scale';
import {s} from 'hastscript';
import {WIDTH, frame, numberFormat} from './frame';
import type {ChartContext} from './frame';
import type {Element} from 'hast';

const HEIGHT = 220;
const AXIS = 40;
const PLOT_TOP = 12;
const PLOT_BOTTOM = HEIGHT - 46;

/**
 * Columns over time, oldest first in the reading direction (from the right
 * in Arabic), with a few round grid lines and as many period labels as fit.
 */
export function columnChart(context: ChartContext, {label, points}: {label: string; points: {label: string; value: number}[]}): Element {
  const format = numberFormat(context.lang);
  const [left, right] = context.rtl ? [0, WIDTH - AXIS] : [AXIS, WIDTH];
  const band = scaleBand()
    .domain(points.map((_, i) => String(i)))
    .range(context.rtl ? [right, left] : [left, right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...points.map((p) => p.value))])
    .nice()
    .range([PLOT_BOTTOM, PLOT_TOP]);
  const axisX = context.rtl ? WIDTH - 4 : AXIS - 6;
  const grid = y.ticks(4).filter(Number.isInteger).flatMap((tick) => [
    s('line', {x1: left, x2: right, y1: y(tick), y2: y(tick), className: ['bsg-chart__grid']}),
    s('text', {x: axisX, y: y(tick) + 4, textAnchor: 'end', className: ['bsg-chart__tick']}, format.format(tick)),
  ]);
  // One label every `step` columns, so that labels of ~60 px never overlap.
  const step = Math.max(1, Math.ceil(60 / band.step()));
  const columns = points.flatMap((point, i) => {
    const x = band(String(i)) ?? 0;
    const centre = x + band.bandwidth() / 2;
    return [
      s('rect', {x, y: y(point.value), width: band.bandwidth(), height: PLOT_BOTTOM - y(point.value), className: ['bsg-chart__series-0']}),
      ...(point.value > 0 && band.bandwidth() >= 14
        ? [s('text', {x: centre, y: y(point.value) - 3, textAnchor: 'middle', className: ['bsg-chart__value']}, format.format(point.value))]
        : []),
      ...(i % step === 0 ? [s('text', {x: centre, y: PLOT_BOTTOM + 16, textAnchor: 'middle', className: ['bsg-chart__tick']}, point.label)] : []),
    ];
  });
  return frame(context, {label, height: HEIGHT}, [...grid, s('line', {x1: left, x2: right, y1: PLOT_BOTTOM, y2: PLOT_BOTTOM, className: ['bsg-chart__axis']}), ...columns]);
}

