import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {barChart} from '../../../plugins/indicators/charts/bars';
import {columnChart} from '../../../plugins/indicators/charts/columns';
import {panelChart} from '../../../plugins/indicators/charts/panels';
import {WIDTH} from '../../../plugins/indicators/charts/frame';
import type {Element} from 'hast';

const en = {lang: 'en', rtl: false, sampleLabel: null};
const ar = {lang: 'ar', rtl: true, sampleLabel: null};
const parse = (chart: Element) => chart;
/** Every element of a tag, in document order. */
const selectAll = (tag: string, node: Element): Element[] => [
  ...(node.tagName === tag ? [node] : []),
  ...node.children.flatMap((child) => (child.type === 'element' ? selectAll(tag, child) : [])),
];
const numberAttr = (element: Element, name: string) => Number(element.properties[name]);

describe('bar chart', () => {
  const bars = {label: 'Pages per programme', series: [{label: 'Pages'}], categories: [{label: 'One', values: [10]}, {label: 'Two', values: [5]}]};

  it('is an image named by its title, with one bar and one label per value', () => {
    const tree = parse(barChart(en, bars));
    const [svg] = selectAll('svg', tree);
    expect(svg?.properties).toMatchObject({role: 'img', ariaLabel: 'Pages per programme'});
    expect(selectAll('rect', tree)).toHaveLength(2);
    expect(selectAll('text', tree).map((t) => toHtml(t.children))).toEqual(['One', '10', 'Two', '5']);
  });

  it('draws bars in proportion to their values', () => {
    const [ten, five] = selectAll('rect', parse(barChart(en, bars)));
    expect(numberAttr(ten as Element, 'width')).toBeCloseTo(2 * numberAttr(five as Element, 'width'));
  });

  it('grows bars from the left in English and from the right in Arabic', () => {
    const [ltr] = selectAll('rect', parse(barChart(en, bars)));
    const [rtl] = selectAll('rect', parse(barChart(ar, bars)));
    expect(numberAttr(ltr as Element, 'x')).toBe(0);
    expect(numberAttr(rtl as Element, 'x') + numberAttr(rtl as Element, 'width')).toBe(WIDTH);
  });

  it('writes numbers the way the page language does', () => {
    const french = {...en, lang: 'fr'};
    const texts = selectAll('text', parse(barChart(french, {...bars, categories: [{label: 'Un', values: [1234.5]}]}))).map((t) => toHtml(t.children));
    expect(texts).toContain('1\u202f234,5');
  });

  it('says so on the picture when the data is a sample', () => {
    const html = toHtml(barChart({...en, sampleLabel: 'Sample data'}, bars));
    expect(html).toContain('Sample data');
    expect(toHtml(barChart(en, bars))).not.toContain('Sample data');
  });

  it('shows a legend for more than one series, and a dash for a missing value', () => {
    const tree = parse(barChart(en, {label: 'Days', series: [{label: 'Median'}, {label: '90th percentile'}], categories: [{label: 'SG2', values: [1, null]}]}));
    const texts = selectAll('text', tree).map((t) => toHtml(t.children));
    expect(texts).toEqual(['Median', '90th percentile', 'SG2', '1', '–']);
  });
});

describe('column chart', () => {
  const points = [{label: 'Jan', value: 1}, {label: 'Feb', value: 4}, {label: 'Mar', value: 0}];
  const xs = (context: typeof en) => selectAll('rect', parse(columnChart(context, {label: 'Questions', points}))).map((r) => numberAttr(r, 'x'));

  it('puts the oldest period first in the reading direction', () => {
    const ltr = xs(en);
    const rtl = xs(ar);
    expect(ltr[0]).toBeLessThan(ltr[1] as number);
    expect(rtl[0]).toBeGreaterThan(rtl[1] as number);
  });

  it('draws taller columns for larger values and an empty one for zero', () => {
    const heights = selectAll('rect', parse(columnChart(en, {label: 'Questions', points}))).map((r) => numberAttr(r, 'height'));
    expect(heights[1]).toBeGreaterThan(heights[0] as number);
    expect(heights[2]).toBe(0);
  });
});

describe('panel chart', () => {
  it('draws one line per series over the shared time axis', () => {
    const panels = [
      {label: 'Français', lang: 'fr', points: [{date: '2026-01-01', value: 0}, {date: '2026-02-01', value: 50}]},
      {label: 'Español', lang: 'es', points: [{date: '2026-01-01', value: 10}, {date: '2026-02-01', value: 10}]},
    ];
    const tree = parse(panelChart(en, {label: 'Coverage', panels, dateLabel: (d) => d}));
    expect(selectAll('path', tree)).toHaveLength(2);
    expect(selectAll('text', tree).map((t) => toHtml(t.children))).toEqual(['Français', '50%', 'Español', '10%', '2026-01-01', '2026-02-01']);
  });
});
