import {LOCALES} from '../../locales';
import type {Locale} from '../../locales';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {STUDY_GROUPS} from '../content-model/vocabulary';
import {locateProblems} from '../utils/problems';
import {parseYamlWithLines} from '../utils/yaml';
import {validateDataFile} from './dataSchema';
import {recommendationParts} from './lookup';
import type {DataProblem, LocatedProblem} from '../utils/problems';
import type {ParsedYaml} from '../utils/yaml';
import type {FileKind} from './dataSchema';
import type {Catalogue, GlossaryEntry, Product, Recommendation, StudyGroupEntry} from './types';

type Entry = Record<string, unknown>;
type LoadedFile = {file: string; parsed: ParsedYaml; entries: Entry[]; problems: DataProblem[]};

/** Names the entry a problem is in by its id: `entry E.164, title`. */
function describeIn(entries: readonly Entry[]) {
  return (problemPath: readonly (string | number)[]) => {
    const [index, ...rest] = problemPath;
    if (typeof index !== 'number') return '(file)';
    const id = entries[index]?.id;
    const entry = typeof id === 'string' ? `entry ${id}` : `entry #${index + 1}`;
    return rest.length > 0 ? `${entry}, ${rest.map(String).join('.')}` : entry;
  };
}

function loadFile(siteDir: string, absolute: string, kind: FileKind): LoadedFile {
  const parsed = parseYamlWithLines(readFileSync(absolute, 'utf8'));
  const problems = parsed.syntaxErrors.length > 0 ? [] : validateDataFile(kind, parsed.data);
  const entries = Array.isArray(parsed.data) ? (parsed.data as Entry[]) : [];
  return {file: path.relative(siteDir, absolute), parsed, entries, problems};
}

const yamlFiles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f)) : [];

/** Cross-file rules: unique ids, known study groups and Recommendations, consistent glossaries. */
function crossCheck(files: {
  recommendations: LoadedFile[];
  studyGroups: LoadedFile[];
  glossary: Map<Locale, LoadedFile>;
  products: LoadedFile[];
}): void {
  const problem = (file: LoadedFile, index: number, field: string, found: unknown, expected: string) =>
    file.problems.push({path: [index, field], found, expected});

  const known = new Set<string>();
  for (const file of files.recommendations) {
    const letter = path.basename(file.file)[0]?.toUpperCase();
    file.entries.forEach((entry, index) => {
      if (typeof entry.id !== 'string') return;
      if (entry.id[0] !== letter) problem(file, index, 'id', entry.id, `a Recommendation of the ${letter} series: move it to the file of its series`);
      for (const part of recommendationParts(entry.id)) {
        if (known.has(part)) problem(file, index, 'id', entry.id, `an identifier not already in the catalogue (${part} is listed twice)`);
        known.add(part);
      }
    });
  }
  const studyGroups = new Set(files.studyGroups.flatMap((f) => f.entries.map((e) => e.id)));
  for (const file of files.recommendations) {
    file.entries.forEach((entry, index) => {
      // Values outside the vocabulary are reported by the schema already.
      const group = entry.study_group;
      if ((STUDY_GROUPS as readonly unknown[]).includes(group) && !studyGroups.has(group)) {
        problem(file, index, 'study_group', entry.study_group, 'a study group listed in data/study-groups.yml');
      }
    });
  }
  for (const file of files.products) {
    file.entries.forEach((entry, index) => {
      (Array.isArray(entry.recommendations) ? entry.recommendations : []).forEach((id: unknown) => {
        if (typeof id === 'string' && !recommendationParts(id).every((part) => known.has(part))) {
          problem(file, index, 'recommendations', id, 'a Recommendation in data/recommendations/ (add it there first)');
        }
      });
    });
  }
  const english = new Set(files.glossary.get('en')?.entries.map((e) => e.id));
  for (const [locale, file] of files.glossary) {
    const abbreviations = new Set<unknown>();
    file.entries.forEach((entry, index) => {
      if (locale !== 'en' && !english.has(entry.id)) problem(file, index, 'id', entry.id, 'an id that data/glossary/en.yml defines');
      if (entry.abbr !== undefined && abbreviations.has(entry.abbr)) problem(file, index, 'abbr', entry.abbr, 'an abbreviation not already in this glossary');
      abbreviations.add(entry.abbr);
    });
  }
}

/**
 * Reads and validates every catalogue file under `dataDir`: all problems in
 * all files at once, each with file, line, entry and field. Synchronous and
 * cheap (a few dozen small files), so remark-itu can use it too.
 */
export function loadCatalogue(siteDir: string, dataDir: string): {catalogue: Catalogue; problems: LocatedProblem[]} {
  const glossaryDir = path.join(dataDir, 'glossary');
  const files = {
    recommendations: yamlFiles(path.join(dataDir, 'recommendations')).map((f) => loadFile(siteDir, f, 'recommendations')),
    studyGroups: [path.join(dataDir, 'study-groups.yml')].filter(existsSync).map((f) => loadFile(siteDir, f, 'studyGroups')),
    glossary: new Map(
      LOCALES.map((l) => [l, path.join(glossaryDir, `${l}.yml`)] as const)
        .filter(([, f]) => existsSync(f))
        .map(([l, f]) => [l, loadFile(siteDir, f, 'glossary')] as const),
    ),
    products: yamlFiles(path.join(dataDir, 'products')).map((f) => loadFile(siteDir, f, 'products')),
  };
  crossCheck(files);
  const all = [...files.recommendations, ...files.studyGroups, ...files.glossary.values(), ...files.products];
  const problems = all.flatMap((f) => locateProblems(f.file, f.parsed, f.problems, describeIn(f.entries)));
  const entriesOf = <T>(loaded: LoadedFile[]) => loaded.flatMap((f) => f.entries) as T[];
  return {
    catalogue: {
      recommendations: entriesOf<Recommendation>(files.recommendations),
      studyGroups: entriesOf<StudyGroupEntry>(files.studyGroups),
      glossary: Object.fromEntries([...files.glossary].map(([l, f]) => [l, f.entries as GlossaryEntry[]])),
      products: entriesOf<Product>(files.products),
    },
    problems,
  };
}
