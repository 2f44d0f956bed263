import {csvFormatRows} from 'd3-dsv';
import type {Indicator} from './types';

/** The table as CSV: the header row the page shows, then raw values (dot decimals, ISO dates). */
export const toCsv = (indicator: Indicator): string =>
  `${csvFormatRows([indicator.table.columns.map((column) => column.label), ...indicator.table.rows.map((row) => row.map((cell) => String(cell.value ?? '')))])}\n`;

/** The table as JSON, with what it is computed from and when. */
export const toJson = (indicator: Indicator): string =>
  `${JSON.stringify(
    {
      id: indicator.id,
      title: indicator.title,
      source: indicator.source,
      as_of: indicator.asOf,
      sample: indicator.sample,
      columns: indicator.table.columns.map((column) => column.label),
      rows: indicator.table.rows.map((row) => row.map((cell) => cell.value)),
    },
    null,
    2,
  )}\n`;
