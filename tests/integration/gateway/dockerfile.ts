/** The gateway's Dockerfile read as instructions, for the tests that hold it to its rules and carry it out. */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(__dirname, '../../..');

export type Instruction = {name: string; args: string};

/** Instructions with their continuation lines joined; comments dropped. */
export function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [name = '', ...rest] = line.split(/\s+/);
      return {name: name.toUpperCase(), args: rest.join(' ')};
    });
}

export const readDockerfile = () => instructions(fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));

/** `KEY=value` pairs of ENV instructions (values without spaces or quotes, as the Dockerfile writes them). */
export const envOf = (all: readonly Instruction[]) =>
  Object.fromEntries(all.filter((i) => i.name === 'ENV').flatMap((i) => [...i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=(\S+)/g)].map((m) => [m[1]!, m[2]!])));

/** The exec form of a command (`["node", "…"]`), as given to CMD and HEALTHCHECK … CMD. */
export function execForm(args: string): string[] {
  const json = args.slice(args.indexOf('['));
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) throw new Error(`Not an exec form: ${args}`);
  return parsed;
}
