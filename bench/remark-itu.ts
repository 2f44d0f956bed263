/**
 * Prints what remark-itu costs at build time: the time to run every guidance
 * page (English and translations) through remark with and without it, as a
 * ratio in one run (timings on shared machines are noisy; ratios less so).
 *
 * Usage: npm run bench:remark-itu [-- --rounds 20]
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import remarkItu from '../plugins/remark-itu';

const siteDir = path.join(__dirname, '..');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > -1 ? Number(process.argv[roundsArg + 1]) : 20;

const markdownUnder = (dir: string) =>
  readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join(dir, file));
const files = [
  ...markdownUnder(path.join(siteDir, 'docs')),
  ...markdownUnder(path.join(siteDir, 'i18n')).filter((file) => file.includes('docusaurus-plugin-content-docs')),
].map((file) => ({path: file, value: readFileSync(file, 'utf8')}));

const plain = unified().use(remarkParse);
const withItu = unified().use(remarkParse).use(remarkItu, {siteDir, dataDir: path.join(siteDir, 'data'), onUnknownRecommendation: 'ignore'});

const runPlain = (file: VFile) => plain.run(plain.parse(file), file);
const runWithItu = (file: VFile) => withItu.run(withItu.parse(file), file);

async function time(run: (file: VFile) => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let round = 0; round < rounds; round += 1) {
    for (const file of files) {
      const vfile = new VFile(file);
      await run(vfile);
    }
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main() {
  await time(runWithItu); // warm up: loads the catalogue once, JIT
  const base = await time(runPlain);
  const itu = await time(runWithItu);
  const pages = files.length * rounds;
  console.log(`${files.length} pages × ${rounds} rounds`);
  console.log(`remark-parse alone:        ${(base / pages).toFixed(2)} ms/page`);
  console.log(`remark-parse + remark-itu: ${(itu / pages).toFixed(2)} ms/page (×${(itu / base).toFixed(2)}, +${((itu - base) / pages).toFixed(2)} ms/page)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
