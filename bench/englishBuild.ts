import {execFileSync} from 'node:child_process';
import path from 'node:path';

const siteDir = path.join(__dirname, '..');

/** Builds the English site into `outDir` with extra environment (another snapshot, other events); returns the seconds it took. */
export function timedEnglishBuild(outDir: string, env: Record<string, string>): number {
  const start = process.hrtime.bigint();
  execFileSync('npx', ['docusaurus', 'build', '--locale', 'en', '--out-dir', outDir], {
    cwd: siteDir,
    env: {...process.env, ...env},
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return Number(process.hrtime.bigint() - start) / 1e9;
}
