import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {LocaleStatus} from '@site/plugins/translations/dashboard/props';
import styles from './styles.module.css';

const BAR = 10;
const ROW = 2 * BAR + 10;
const LABEL = 90;
const WIDTH = 360;

/**
 * Two bars per language (pages, interface strings), drawn from the start of
 * the line in the page's direction. The table next to it carries the same
 * numbers for screen readers, so the chart is a picture of them.
 */
export default function CoverageChart({locales, rtl}: {locales: LocaleStatus[]; rtl: boolean}): ReactNode {
  const scale = (WIDTH - LABEL - 40) / 100;
  const x = (offset: number, width: number) => (rtl ? WIDTH - offset - width : offset);
  // The chart is laid out in LTR coordinates (direction="ltr"); in Arabic, text is anchored at its end, on the right.
  const anchor = rtl ? 'end' : 'start';
  const label = translate({id: 'bsg.translations.chart', message: 'Translated pages and interface strings per language, in percent', description: 'Accessible name of the coverage chart on the translation status page'});
  return (
    <svg className={styles.chart} direction="ltr" viewBox={`0 0 ${WIDTH} ${locales.length * ROW + 4}`} role="img" aria-label={label}>
      {locales.map((locale, i) => {
        const y = i * ROW + 2;
        return (
          <g key={locale.locale}>
            <text x={x(0, 0)} y={y + BAR + 4} className={styles.chartLabel} textAnchor={anchor} lang={locale.locale}>
              {locale.label}
            </text>
            {[locale.pages, locale.ui].map((value, j) => (
              <g key={j} className={j === 0 ? styles.barPages : styles.barUi}>
                <rect x={x(LABEL, Math.max(value * scale, 1))} y={y + j * BAR} width={Math.max(value * scale, 1)} height={BAR - 2} />
                <text x={x(LABEL + value * scale + 4, 0)} y={y + j * BAR + BAR - 3} className={styles.chartValue} textAnchor={anchor}>
                  {value}%
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
