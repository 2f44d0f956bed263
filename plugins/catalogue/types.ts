import type {Locale} from '../../locales';
import type {StudyGroup} from '../content-model/vocabulary';

export const STATUSES = ['in-force', 'superseded', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

export const REGIONS = [
  'africa',
  'americas',
  'arab-states',
  'asia-oceania',
  'eecat',
  'europe-mediterranean',
  'latin-america-caribbean',
] as const;
export type Region = (typeof REGIONS)[number];


/** One ITU-T Recommendation, as `data/recommendations/<letter>-series.yml` declares it. */
export type Recommendation = {
  /** `E.164`, or a dual number such as `G.709/Y.1331`. */
  id: string;
  /** The official English title. */
  title: string;
  study_group: StudyGroup;
  status: Status;
  /** Has clear regulatory or policy implications. */
  policy: boolean;
  /** What it is for and who applies it (English, the source). */
  summary: string;
  /** Summaries translated into other locales. */
  translations?: Partial<Record<Locale, {summary: string}>>;
};

export type RegionalGroup = {code: string; region: Region};

/** A study group of 2025–2028, or TSAG (`data/study-groups.yml`). */
export type StudyGroupEntry = {
  id: StudyGroup;
  title: string;
  /** `false` where the formal 2025–2028 wording is not confirmed: `title` is then descriptive. */
  title_confirmed: boolean;
  areas: string;
  series: string[];
  regional_groups: RegionalGroup[];
};

/**
 * An ITU term or abbreviation in one language (`data/glossary/<locale>.yml`).
 * `abbr` and `expansion` go together (remark-itu's `<abbr>` tooltips);
 * `terms` are the forms a translation must use where the English uses the
 * entry's English `terms` (`*` stands for an inflected ending, `{1}` `{2}`
 * for numbers: "CE {1}"); `forbidden` are forms it must never use;
 * `alternatives` are synonyms readers search for, indexed with the page.
 */
export type GlossaryEntry = {id: string; abbr?: string; expansion?: string; terms?: string[]; forbidden?: string[]; alternatives?: string[]};

export const EVIDENCE_TYPES = ['test-report', 'certificate', 'interoperability-event', 'declaration'] as const;

/** A product that conforms to ITU-T Recommendations (`data/products/*.yml`). */
export type Product = {
  id: string;
  product: string;
  maker: string;
  recommendations: string[];
  evidence: {type: (typeof EVIDENCE_TYPES)[number]; reference: string; lab?: string};
  /** `YYYY-MM-DD` of the evidence. */
  date: string;
  /** Made-up entries that show the format; the pages label them. */
  sample: boolean;
};

export type Catalogue = {
  recommendations: Recommendation[];
  studyGroups: StudyGroupEntry[];
  glossary: Partial<Record<Locale, GlossaryEntry[]>>;
  products: Product[];
};
