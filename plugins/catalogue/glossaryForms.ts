/**
 * The syntax of glossary forms (data/glossary/<locale>.yml `terms`,
 * `forbidden`, `alternatives`), shared by the translation gates and search.
 */

/** Letters of the scripts that separate words with spaces: where a form needs word edges. */
const WORDLIKE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A glossary form compiled: the numbers `{1}` `{2}` it captures, in the order the form names them. */
export type Form = {form: string; pattern: RegExp; order: number[]};

/**
 * Compiles a glossary form ("sujet* d'étude", "CE {1}", "第{2}研究组第{1}工作组"):
 * `*` stands for an inflected ending (letters), `{n}` for a number, a space
 * for any spaces (no-break ones too), an apostrophe for either apostrophe.
 * Case does not count. Forms in Latin, Cyrillic or Greek letters match whole
 * words; Chinese and Arabic ones match inside words (Arabic attaches its
 * article and prepositions: "بلجنة الدراسات"; write `*` for its endings).
 * A number is not followed by a Latin letter, a digit or "-x": "SG2" is not
 * in "SG2-C75" nor in "SG3RG-AFR" (a Chinese character may follow: "第2研究组").
 */
export function compileForm(form: string): Form {
  const order: number[] = [];
  const source = form
    .split(/(\{\d\}|\*|\s+|['’])/u)
    .map((part) => {
      const number = /^\{(\d)\}$/.exec(part);
      if (number) {
        order.push(Number(number[1]));
        return String.raw`(\d+)(?![A-Za-z0-9]|-[A-Za-z0-9])`;
      }
      if (part === '*') return String.raw`[\p{L}\p{M}]*`;
      if (/^\s+$/u.test(part)) return String.raw`[\s\u00a0\u202f]+`;
      if (part === "'" || part === '’') return "['’]";
      return escape(part);
    })
    .join('');
  const bare = form.replace(/\*$/u, '');
  const before = WORDLIKE.test(form[0] ?? '') ? String.raw`(?<![\p{L}\p{N}])` : '';
  const after = WORDLIKE.test(bare.at(-1) ?? '') && !form.endsWith('*') && !/\{\d\}$/.test(form) ? String.raw`(?![\p{L}\p{N}])` : '';
  return {form, pattern: new RegExp(`${before}${source}${after}`, 'giu'), order};
}
