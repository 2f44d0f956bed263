import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {locateProblems} from '../utils/problems';
import {parseYamlWithLines} from '../utils/yaml';
import {validateState, validateThread} from './snapshotSchema';
import type {DataProblem, LocatedProblem} from '../utils/problems';
import type {Snapshot, SnapshotState, Thread} from './types';

const THREAD_FILE = /^(\d+)\.json$/;

/**
 * Parses and validates one JSON file. JSON.parse is fast; only a file with
 * problems is parsed again (as YAML, a superset of JSON) to find their lines.
 */
function readJson(siteDir: string, file: string, validate: (data: unknown) => DataProblem[]) {
  const text = readFileSync(file, 'utf8');
  const relative = path.relative(siteDir, file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // JSON.parse names no line; the YAML parser finds where the text breaks.
    const line = parseYamlWithLines(text).syntaxErrors[0]?.line ?? 1;
    const message = `is not valid JSON: ${(error as Error).message}`;
    return {data: undefined, problems: [{file: relative, line, field: '(json)', message}]};
  }
  const problems = validate(data);
  return {
    data,
    problems: problems.length === 0 ? [] : locateProblems(relative, parseYamlWithLines(text), problems),
  };
}

/**
 * Reads `state.json` and every `threads/<number>.json` of a snapshot. All
 * problems of all files are returned, each with file, line and field.
 */
export function loadSnapshot(siteDir: string, snapshotDir: string): {snapshot: Snapshot; problems: LocatedProblem[]} {
  const stateFile = path.join(snapshotDir, 'state.json');
  const threadsDir = path.join(snapshotDir, 'threads');
  const state = existsSync(stateFile)
    ? readJson(siteDir, stateFile, validateState)
    : {data: undefined, problems: [{file: path.relative(siteDir, stateFile), line: 1, field: '(file)', message: 'is missing: a snapshot needs its state file (run npm run forum:sync, or restore it from git)'}]};
  const files = existsSync(threadsDir) ? readdirSync(threadsDir).filter((f) => f.endsWith('.json')).sort() : [];
  const threads = files.map((file) => {
    const number = Number(THREAD_FILE.exec(file)?.[1] ?? Number.NaN);
    if (Number.isNaN(number)) {
      const relative = path.relative(siteDir, path.join(threadsDir, file));
      return {data: undefined, problems: [{file: relative, line: 1, field: '(file name)', message: `found '${file}', expected <number>.json`}]};
    }
    return readJson(siteDir, path.join(threadsDir, file), (data) => validateThread(data, number));
  });
  return {
    snapshot: {
      state: state.data as SnapshotState,
      threads: threads.flatMap((t) => (t.problems.length === 0 && t.data ? [t.data as Thread] : [])),
    },
    problems: [...state.problems, ...threads.flatMap((t) => t.problems)],
  };
}
