import {execFile} from 'node:child_process';
import {readdir} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {promisify} from 'node:util';

/** The Nu HTML Checker's jar, from npm (`vnu-jar`); run with Debian's Java, never one its installer would download. */
const VNU_JAR = path.join(path.dirname(createRequire(__filename).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

type VnuMessage = {type: string; subType?: string; url?: string; lastLine?: number; firstColumn?: number; lastColumn?: number; message: string; extract?: string};

/**
 * Checks `files` with the Nu HTML Checker in one run (one Java start for all
 * of them) and returns every error as `file:line:column message`, the file
 * relative to `root`. Warnings are not reported (`--errors-only`).
 */
export async function htmlErrors(files: readonly string[], root: string): Promise<string[]> {
  let stderr: string;
  try {
    ({stderr} = await promisify(execFile)('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], {maxBuffer: 64 * 1024 * 1024}));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('No `java` to run the Nu HTML Checker: install Java 11 or later (Debian: apt-get install default-jre-headless; .ci/run does).', {cause: error});
    }
    throw error;
  }
  const {messages} = JSON.parse(stderr) as {messages: VnuMessage[]};
  return messages.map((message) => {
    const file = message.url ? path.relative(root, new URL(message.url).pathname) : '(no file)';
    const where = message.lastLine === undefined ? '' : `:${message.lastLine}:${message.firstColumn ?? message.lastColumn ?? 0}`;
    return `${file}${where} ${message.type === 'error' ? '' : `${message.type}: `}${message.message}${message.extract ? ` (${JSON.stringify(message.extract)})` : ''}`;
  });
}

/** Every `.html` file below `dir`, sorted. */
export async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name)).sort();
}
