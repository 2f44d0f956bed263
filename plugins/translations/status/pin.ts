import {Joi} from '@docusaurus/utils-validation';
import {frontMatterLines, withoutKey} from './frontMatterLines';
import type {DataProblem} from '../../utils/problems';

/**
 * Which version of its English source a translation translates: the content
 * hash (works in a tarball or shallow clone) and, where git was available when
 * the translation was started, the commit of that version ("what changed" links).
 */
export type Pin = {hash: string; commit?: string};

/** Front matter key of the pin. */
export const PIN_KEY = 'translation_of';

const EXPECTED: Record<string, string> = {
  [PIN_KEY]: 'a map {hash, commit?}: the English version this page translates (npm run translations -- start writes it)',
  hash: 'the 16-hex-digit content hash of the English source, e.g. 9fcb5b60bd22deaa',
  commit: 'the 40-hex-digit git commit of that English version (optional)',
};

const schema = Joi.object<Pin>({
  hash: Joi.string().pattern(/^[0-9a-f]{16}$/).required(),
  commit: Joi.string().pattern(/^[0-9a-f]{40}$/),
});

/**
 * Reads the pin from parsed front matter: `null` when the page has none
 * (untracked), problems when it is malformed.
 */
export function readPin(frontMatter: Record<string, unknown>): {pin: Pin | null; problems: DataProblem[]} {
  const value = frontMatter[PIN_KEY];
  if (value === undefined) return {pin: null, problems: []};
  const {error} = schema.validate(value, {abortEarly: false, convert: false});
  if (!error) return {pin: value as Pin, problems: []};
  return {
    pin: null,
    problems: error.details.map((detail) => {
      const field = String(detail.path.at(-1) ?? PIN_KEY);
      return {path: [PIN_KEY, ...detail.path], found: detail.type === 'any.required' ? undefined : detail.context?.value, expected: EXPECTED[field] ?? detail.message};
    }),
  };
}

const FRONT_MATTER_OPEN = /^---\r?\n/;

/**
 * The source with the pin added as the first front matter key: what a new
 * translation starts from. Any pin the source carries is not copied.
 */
export function withPin(source: string, pin: Pin): string {
  const lines = [`${PIN_KEY}:`, `  hash: ${pin.hash}`, ...(pin.commit ? [`  commit: ${pin.commit}`] : [])].join('\n');
  return FRONT_MATTER_OPEN.test(source) ? source.replace(FRONT_MATTER_OPEN, () => `---\n${lines}\n`) : `---\n${lines}\n---\n\n${source}`;
}

/**
 * The translation with its pin replaced by `pin` (or added): what a translator
 * does after bringing a page up to date with the English. Other lines are kept
 * as they are.
 */
export function repin(translation: string, pin: Pin): string {
  const parts = frontMatterLines(translation);
  return withPin(parts ? parts.join(withoutKey(parts.lines, PIN_KEY)) : translation, pin);
}
