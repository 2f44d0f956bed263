import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {writeAtomically} from '../utils/files';
import {headerPolicy, pagePolicy} from './policy';
import {securePage} from './page';
import type {PolicySettings} from './policy';

/** What the step did, in words the build prints. */
export type SiteSummary = {pages: number; alreadySecured: number; bytesAdded: number; blocked: string[]};

/** Every `.html` file under `dir`: all locales, the forum's thread pages, the translation start pages. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Gives every page of a built site its Content-Security-Policy meta tag, and
 * writes `_headers` (the form Netlify and Cloudflare Pages read) with the
 * parts only a header can carry. Runs after `docusaurus build`, once every
 * plugin's postBuild has written its pages.
 */
export async function secureSite(outDir: string, settings: PolicySettings): Promise<SiteSummary> {
  const files = await htmlFiles(outDir);
  const summary: SiteSummary = {pages: 0, alreadySecured: 0, bytesAdded: 0, blocked: []};
  const policyFor = (hashes: string[]) => pagePolicy(hashes, settings);
  // Sequential: parsing is the work, and the machines have two cores.
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const page = securePage(html, policyFor);
    if (!page) {
      summary.alreadySecured += 1;
      continue;
    }
    const where = path.relative(process.cwd(), file);
    summary.pages += 1;
    summary.bytesAdded += Buffer.byteLength(page.html) - Buffer.byteLength(html);
    summary.blocked.push(...page.blocked.map(({line, column}) => `${where}:${line}:${column}`));
    await writeAtomically(file, page.html);
  }
  await writeAtomically(path.join(outDir, '_headers'), `/*\n  Content-Security-Policy: ${headerPolicy(settings)}\n`);
  return summary;
}
