import {isMap, isSeq, LineCounter, parseDocument} from 'yaml';

/** Front matter of a Markdown source, with the line of every value in it. */
export type ParsedFrontMatter = {
  data: unknown;
  /** The 1-based file line of the value at `path`, or of its nearest parent. */
  lineOf: (path: readonly (string | number)[]) => number;
  /** YAML syntax errors, each with its file line. */
  syntaxErrors: {line: number; message: string}[];
};

type Ranged = {range?: [number, number, number] | null};

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;
/** Front matter starts on the line after the opening `---`. */
const FIRST_LINE = 2;

/**
 * Reads the YAML front matter at the top of a Markdown file. A file without
 * front matter yields `{}`, so that the schema can say which fields are missing.
 */
export function parseFrontMatter(source: string): ParsedFrontMatter {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return {data: {}, lineOf: () => 1, syntaxErrors: []};
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1] ?? '', {lineCounter, prettyErrors: false});
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + FIRST_LINE - 1;

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
    return offset === undefined ? 1 : toFileLine(offset);
  };

  return {
    data: doc.errors.length > 0 ? {} : (doc.toJS() ?? {}),
    lineOf,
    syntaxErrors: doc.errors.map((error) => ({
      line: toFileLine(error.pos[0]),
      message: error.message.split('\n')[0] ?? error.message,
    })),
  };
}
