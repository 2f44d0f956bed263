import {isMap, isSeq, LineCounter, parseDocument} from 'yaml';

/** A YAML text with the line of every value in it. */
export type ParsedYaml = {
  /** The data, or `undefined` when the text has syntax errors. */
  data: unknown;
  /** The 1-based file line of the value at `path`, or of its nearest parent. */
  lineOf: (path: readonly (string | number)[]) => number;
  /** Syntax errors, each with its file line. */
  syntaxErrors: {line: number; message: string}[];
};

type Ranged = {range?: [number, number, number] | null};

/**
 * Parses YAML 1.2 (dates stay strings, as typed) and keeps node positions, so
 * that a validation problem can name its line. `firstLine` is the file line
 * the text starts on (front matter starts on line 2).
 */
export function parseYamlWithLines(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, prettyErrors: false});
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const lineOf = (path: readonly (string | number)[]) => {
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as {value?: unknown}).value === segment);
        offset = (pair?.value as Ranged | null)?.range?.[0] ?? (pair?.key as Ranged)?.range?.[0] ?? offset;
        node = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        offset = (node as Ranged | undefined)?.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return offset === undefined ? firstLine : toFileLine(offset);
  };

  return {
    data: doc.errors.length > 0 ? undefined : doc.toJS(),
    lineOf,
    syntaxErrors: doc.errors.map((error) => ({
      line: toFileLine(error.pos[0]),
      message: error.message.split('\n')[0] ?? error.message,
    })),
  };
}
