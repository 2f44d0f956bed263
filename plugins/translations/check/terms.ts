import {compileForm} from '../../catalogue/glossaryForms';
import {correspondingLine} from './outline';
import type {Form} from '../../catalogue/glossaryForms';
import type {GlossaryEntry} from '../../catalogue/types';
import type {Outline} from './outline';

type Found = {line: number; rule: 'glossary' | 'forbidden-term'; message: string};

/** The numbers of a match, keyed by placeholder ("1/13" for `WP{1}/{2}` and `第{2}研究组第{1}工作组` alike). */
function key(form: Form, match: RegExpMatchArray): string {
  const numbers: string[] = [];
  form.order.forEach((placeholder, index) => (numbers[placeholder - 1] = match[index + 1] ?? ''));
  return numbers.join('/');
}

/** Every use of any of `forms` in a text, by its numbers ('' for a form without numbers). */
export const uses = (forms: readonly Form[], text: string): {key: string; index: number; text: string}[] =>
  forms.flatMap((form) => [...text.matchAll(form.pattern)].map((match) => ({key: key(form, match), index: match.index, text: match[0]})));

/** A form written out with its numbers, as the message shows it: "CE 13". */
const written = (form: string, numbers: string) => {
  const parts = numbers.split('/');
  return form.replace(/\{(\d)\}/g, (_, n: string) => parts[Number(n) - 1] ?? '').replace(/\*/g, '');
};

/**
 * A passage with its quotations blanked out (same length, so lines and indices
 * hold): a code or notation quoted as written — « SG3 RG-AFR », "Q7/20" — is
 * cited, not used as a term, in the English and in the translation alike.
 */
export const unquoted = (text: string): string =>
  text.replace(/«[^«»]*»|"[^"\n]*"|“[^“”]*”|„[^„“]*“|「[^「」]*」|『[^『』]*』/gu, (quotation) => quotation.replace(/[^\n]/gu, ' '));

const compiled = new Map<string, Form>();
const formsOf = (list: readonly string[] | undefined): Form[] =>
  (list ?? []).map((form) => compiled.get(form) ?? compiled.set(form, compileForm(form)).get(form) as Form);

/**
 * Glossary terms (data/glossary/<locale>.yml `terms`, `forbidden`):
 * - where the English page uses an entry's English term ("work item", "SG 13"),
 *   the translation uses the local one at least once ("sujet d'étude", "CE 13");
 * - a numbered term left in English ("SG13", "WP1/13") needs the local form in
 *   the same passage: "CE 13 (SG13)" passes, "SG13" alone does not, « SG3 RG-AFR »
 *   quoted as ITU writes the code does;
 * - a form the glossary forbids ("procédure d'approbation alternative") is never used.
 */
export function termProblems(
  source: Outline,
  translated: Outline,
  glossary: {english: readonly GlossaryEntry[]; local: readonly GlossaryEntry[]},
  file = 'data/glossary/',
): Found[] {
  const local = new Map(glossary.local.map((entry) => [entry.id, entry]));
  const found: Found[] = [];
  for (const english of glossary.english) {
    const entry = local.get(english.id);
    if (!entry?.terms || !english.terms) continue;
    const [englishForms, localForms] = [formsOf(english.terms), formsOf(entry.terms)];
    const numbered = englishForms.some((form) => form.order.length > 0);
    const present = new Set(translated.passages.flatMap((passage) => uses(localForms, passage.value).map((use) => use.key)));
    // Numbered forms quoted as written are notation, not terms (a term without numbers is a term even in quotes).
    const text = (value: string) => (numbered ? unquoted(value) : value);
    const required = new Map<string, {line: number; text: string}>();
    for (const passage of source.passages) {
      for (const use of uses(englishForms, text(passage.value))) if (!required.has(use.key)) required.set(use.key, {line: passage.line, text: use.text});
    }
    for (const [numbers, {line, text}] of required) {
      if (present.has(numbers)) continue;
      found.push({
        line: correspondingLine(source, translated, line),
        rule: 'glossary',
        message: `the English page says "${text}" (its line ${line}): write "${written(entry.terms[0] ?? '', numbers)}" here (${file}, ${english.id})`,
      });
    }
    if (numbered) {
      for (const passage of translated.passages) {
        const here = new Set(uses(localForms, passage.value).map((use) => use.key));
        for (const use of uses(englishForms, text(passage.value))) {
          if (here.has(use.key)) continue;
          found.push({
            line: passage.line,
            rule: 'forbidden-term',
            message: `"${use.text}" is the English form: write "${written(entry.terms[0] ?? '', use.key)}" (the English may follow in parentheses, never replace it; ${file}, ${english.id})`,
          });
        }
      }
    }
    const forbidden = formsOf(entry.forbidden);
    for (const passage of translated.passages) {
      for (const use of uses(forbidden, passage.value)) {
        found.push({
          line: passage.line + (passage.value.slice(0, use.index).match(/\n/g)?.length ?? 0),
          rule: 'forbidden-term',
          message: `"${use.text}" is not ITU's term here: write "${written(entry.terms[0] ?? '', use.key)}" (${file}, ${english.id})`,
        });
      }
    }
  }
  return found;
}
