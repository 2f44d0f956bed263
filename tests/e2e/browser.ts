import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';
import type {Browser, BrowserContextOptions, Page} from 'playwright-core';

/** Debian's Chromium; `npx playwright install` cannot download browsers here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How the tests and benches start Chromium. */
export const CHROMIUM_OPTIONS = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_OPTIONS);
}

/** Every console error (a Content-Security-Policy violation is one) and uncaught exception of `page` from now on. */
export function recordErrors(page: Page, url: string): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
  return errors;
}

/** A page of the site that records every console error and uncaught exception. */
export async function openPage(browser: Browser, url: string, options?: BrowserContextOptions): Promise<{page: Page; errors: string[]}> {
  const page = await browser.newPage(options);
  const errors = recordErrors(page, url);
  await page.goto(url, {waitUntil: 'load'});
  // Hydration errors are logged after load: wait until React has taken over.
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {page, errors};
}

const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = {id: string; impact: string | null; help: string; nodes: {target: string[]}[]};

/** Loads axe-core into the page, through the DevTools protocol: the site's Content-Security-Policy blocks an added <script>. */
export async function loadAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

/** Serious and critical WCAG violations that axe-core finds on the page. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await loadAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: AxeViolation[]}>}}).axe;
    // Selectors for the violations only: the passes' thousands of nodes are most of axe's time on a long page.
    return (await axe.run(document, {resultTypes: ['violations']})).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
