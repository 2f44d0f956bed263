/**
 * npm run deploy:rehearse
 *
 * Runs the deploy workflow's build job here, as GitHub will (issue 23): its
 * own commands from .github/workflows/deploy.yml, in order, with its
 * environment — a first build, every PDF in every language, the build that
 * links each page to its PDF — standing in for what only GitHub has (the
 * checkout, the forum sync, apt, the upload; see scripts/deploy/rehearsal.ts).
 * Then checks the folder the workflow would publish: the site, each PDF of the
 * manifest at its size, each guidance page linking to its PDF. Writes build/
 * like `npm run build`; takes two builds and the PDFs (about 10 minutes here).
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {localeDir} from '../plugins/pdf/jobs';
import {readPdfManifest} from '../plugins/pdf/frontMatter';
import {PDF_URL_PATH} from '../plugins/pdf/pages';
import {publishedFolder, rehearsalPlan} from './deploy/rehearsal';
import {runCommand} from './runCommand';

const ROOT = path.join(__dirname, '..');
const WORKFLOW = path.join(ROOT, '.github/workflows/deploy.yml');

/** Runs `command` with bash as a workflow's `run:` is run (`bash -e -o pipefail`), printing its output; its exit code. */
const bash = (command: string, env: Record<string, string>) =>
  new Promise<number>((resolve, reject) => {
    spawn('bash', ['-e', '-o', 'pipefail', '-c', command], {cwd: ROOT, env: {...process.env, ...env}, stdio: 'inherit'})
      .on('error', reject)
      .on('close', (code) => resolve(code ?? 1));
  });

/** What is wrong with the folder the workflow publishes, `[]` when nothing is; and what it holds. */
function checkPublished(folder: string): {problems: string[]; summary: string[]} {
  const problems: string[] = [];
  if (!existsSync(path.join(folder, 'index.html'))) problems.push(`${folder}/index.html: missing (no site)`);
  const pdfDir = path.join(folder, PDF_URL_PATH);
  const manifest = readPdfManifest(pdfDir, 'the published folder');
  const perLocale = new Map<string, {count: number; bytes: number}>();
  for (const [key, {file, bytes}] of Object.entries(manifest.pdfs)) {
    const [locale = '', ...docPath] = key.split('/');
    const pdf = path.join(pdfDir, file);
    if (!existsSync(pdf) || statSync(pdf).size !== bytes) problems.push(`${pdf}: missing, or not the ${bytes} bytes the manifest says`);
    const page = path.join(folder, localeDir(locale), 'docs', `${docPath.join('/')}.html`);
    const url = `/${PDF_URL_PATH}${file}`;
    // The minifier leaves out the quotes of an attribute that needs none.
    const links = existsSync(page) && [`href="${url}"`, `href=${url}`].some((attribute) => readFileSync(page, 'utf8').includes(attribute));
    if (!links) problems.push(`${page}: does not link to ${url}`);
    const total = perLocale.get(locale) ?? {count: 0, bytes: 0};
    perLocale.set(locale, {count: total.count + 1, bytes: total.bytes + bytes});
  }
  if (perLocale.size === 0) problems.push(`${pdfDir}manifest.json: no PDF`);
  const summary = [...perLocale].map(([locale, {count, bytes}]) => `${locale}: ${count} PDFs, ${(bytes / 1e6).toFixed(1)} MB (${(bytes / count / 1e3).toFixed(0)} kB on average)`);
  return {problems, summary};
}

async function main(): Promise<number> {
  const source = readFileSync(WORKFLOW, 'utf8');
  const tempDir = mkdtempSync(path.join(tmpdir(), 'deploy-rehearsal-'));
  const plan = rehearsalPlan(source, {tempDir, chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'});
  const timings: string[] = [];
  try {
    for (const [index, step] of plan.entries()) {
      const label = `[deploy] ${index + 1}/${plan.length} ${step.name}`;
      if (step.kind === 'github') {
        console.log(`${label}: GitHub's step (here: ${step.why})`);
        continue;
      }
      console.log(`${label}\n  $ ${step.run}`);
      const started = Date.now();
      const code = await bash(step.run, step.env);
      if (code !== 0) {
        console.error(`${label}: failed with exit code ${code}; the workflow would stop here.`);
        return code;
      }
      timings.push(`${step.name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const folder = path.join(ROOT, publishedFolder(source));
    const {problems, summary} = checkPublished(folder);
    console.log(`\n[deploy] Steps run here:\n${timings.map((line) => `- ${line}`).join('\n')}\n[deploy] ${folder} as GitHub Pages would get it:\n${summary.map((line) => `- ${line}`).join('\n')}`);
    if (problems.length > 0) {
      console.error(`[deploy] Not ready to publish:\n${problems.map((line) => `- ${line}`).join('\n')}`);
      return 1;
    }
    console.log('[deploy] Ready to publish: every PDF of the manifest is there at its size, and its page links to it.');
    return 0;
  } finally {
    rmSync(tempDir, {recursive: true, force: true});
  }
}

runCommand(main);
