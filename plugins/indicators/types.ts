/** One table cell: the raw value (what the downloads carry) and the text the page shows. */
export type Cell = {value: string | number | null; text: string; href?: string; /** when the text is in another language than the page */ lang?: string};

export type Table = {columns: {label: string; numeric: boolean}[]; rows: Cell[][]};

/** One chart with its table, source and date, and its downloads `<id>.csv` and `<id>.json`. */
export type Indicator = {
  id: string;
  title: string;
  /** What the numbers are computed from. */
  source: string;
  /** `YYYY-MM-DD` the data reflects. */
  asOf: string;
  /** The same date written in the page's language. */
  asOfText: string;
  /** Computed from the made-up sample forum. */
  sample: boolean;
  /** Static SVG drawn at build time; `null` for a table-only indicator. */
  svg: string | null;
  table: Table;
};

export type Section = {id: string; title: string; sample: boolean; /** Sentences under the heading: how the numbers are to be read. */ notes?: string[]; indicators: Indicator[]};

export type IndicatorsProps = {sections: Section[]; /** URL of the folder of the downloads, ending in `/` */ downloads: string};
