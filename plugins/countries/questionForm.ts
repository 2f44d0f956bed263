import {isMap, isSeq, parseDocument} from 'yaml';
import {countryDropdownOptions} from './choices';
import type {CountryNames} from './types';

/** GitHub's form for a new question (the Q&A discussion category). */
export const QUESTION_FORM_FILE = '.github/DISCUSSION_TEMPLATE/q-a.yml';

/**
 * The question form with its `country` field made a dropdown of the UN
 * names: GitHub's forms take static options only, so the import rewrites
 * them from the data. The rest of the file, comments included, is kept.
 */
export function withCountryDropdown(formYaml: string, names: CountryNames): string {
  const doc = parseDocument(formYaml);
  const body = doc.get('body');
  const field = isSeq(body) ? body.items.find((item) => isMap(item) && item.get('id') === 'country') : undefined;
  if (!isMap(field)) throw new Error(`${QUESTION_FORM_FILE}: found no body field with \`id: country\`, expected the country question of the form`);
  field.set('type', 'dropdown');
  field.set('attributes', doc.createNode({label: 'Country', description: 'Where you work, as the United Nations name it; it lets BSG Hub count questions by UN country group.', options: countryDropdownOptions(names)}));
  return doc.toString({lineWidth: 0});
}
