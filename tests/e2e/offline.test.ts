/**
 * Offline reading (issue 23) in Chromium at phone size: the second page view
 * costs its own HTML and data only; French saved for offline reading opens
 * with the network cut, links between saved pages work, and an unsaved page
 * shows the offline page in French.
 */
import {expect, inject, it} from 'vitest';
import {recordErrors, seriousAxeViolations} from './browser';
import {browserForFile, localeUrl} from './checkPage';
import {PHONE, countingServer, whenServiceWorkerReady} from './offlineHelpers';
import {BUILD_DIR} from './server';
import type {Page} from 'playwright-core';

const {browser, visit} = browserForFile();

const hydrated = (page: Page) => page.waitForSelector('html[data-has-hydrated="true"]');

/**
 * Two hosts: one that sends no cache header (the test server, serve-handler:
 * the browser then keeps files by heuristics) and one that asks for a check
 * each time (`no-cache`, as GitHub Pages' 10 minutes become once they run out).
 */
it.each([
  ['no cache header', undefined],
  ['Cache-Control: no-cache', 'no-cache'],
])('a second page view fetches its HTML and its own route data, not the files the first one loaded (host: %s)', async (_host, cacheControl) => {
  const server = await countingServer(BUILD_DIR, cacheControl);
  const first = `${server.url}/fr/`;
  const second = `${server.url}/fr/docs/handbooks/fellowships`;
  const figures: string[] = [];
  try {
    for (const serviceWorkers of ['block', 'allow'] as const) {
      const context = await browser().newContext({...PHONE, serviceWorkers});
      try {
        const page = await context.newPage();
        await page.goto(first);
        await hydrated(page);
        if (serviceWorkers === 'allow') await whenServiceWorkerReady(page);
        await page.waitForLoadState('networkidle');
        server.sent.splice(0);
        const shared = await page.evaluate(() => [...Array.from(document.scripts, (script) => script.src), ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]'), (link) => link.href)].filter((url) => url !== '').map((url) => new URL(url).pathname));
        await page.goto(second);
        await hydrated(page);
        await page.waitForLoadState('networkidle');
        const secondView = server.sent.splice(0);
        const total = (key: 'bytes' | 'gzip') => secondView.reduce((sum, response) => sum + response[key], 0);
        figures.push(`service worker ${serviceWorkers === 'allow' ? 'on' : 'off'}: ${total('bytes')} bytes (${total('gzip')} gzip) in ${secondView.length} responses\n  ${secondView.map((response) => `${response.status} ${response.path} ${response.gzip}`).join('\n  ')}`);
        if (serviceWorkers === 'allow') {
          // The files every page shares (its scripts and styles) come from the worker's cache; the network serves the page and its own chunks.
          const hashed = new Set(shared);
          expect(secondView.filter((response) => hashed.has(response.path)), figures.join('\n')).toEqual([]);
          expect(secondView.map((response) => response.path), figures.join('\n')).toContain('/fr/docs/handbooks/fellowships');
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`Second page view (/fr/docs/handbooks/fellowships after /fr/), 390×844, ${cacheControl ?? 'no cache header'}:\n${figures.join('\n')}`);
});

it('saves French for offline reading, then reads French pages and follows links between them with the network cut; an unsaved page shows the offline page in French', async () => {
  const baseUrl = inject('baseUrl');
  const context = await browser().newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.goto(localeUrl(baseUrl, 'fr', '/'));
    await hydrated(page);
    await whenServiceWorkerReady(page);
    const panel = page.getByRole('region', {name: 'Lecture hors ligne'});
    await panel.scrollIntoViewIfNeeded();
    const save = panel.getByRole('button', {name: /^Enregistrer les ressources en français pour les lire hors ligne \(\d+(,\d)?\sMo\)$/});
    await save.waitFor();
    await save.click();
    // Progress is announced in the live region, then the saved state.
    await expect.poll(() => panel.getByRole('status').textContent(), {timeout: 5000}).toMatch(/Enregistrement pour la lecture hors ligne\u202f: \d+\u202f%/);
    await panel.getByText('Les ressources en français sont enregistrées sur cet appareil').waitFor({timeout: 60_000});
    await panel.getByRole('button', {name: 'Supprimer la copie enregistrée'}).waitFor();

    // Nothing of the other five languages is saved.
    const saved = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('bsg-hub-offline'));
      const urls = (await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname)))).flat();
      return {names, urls};
    });
    expect(saved.names).toEqual([expect.stringMatching(/^bsg-hub-offline\/fr\/@[0-9a-f]{16}$/)]);
    expect(saved.urls.filter((path) => !path.startsWith('/fr/'))).toEqual([]);
    expect(saved.urls).toContain('/fr/docs/handbooks/fellowships');

    await context.setOffline(true);
    for (const [path, heading] of [
      ['/docs/handbooks/fellowships', /./],
      ['/recommendations/E.164', /E\.164/],
      ['/docs/guidelines', /./],
    ] as const) {
      await page.goto(localeUrl(baseUrl, 'fr', path));
      await hydrated(page);
      await expect.poll(() => page.locator('h1').first().textContent()).toMatch(heading);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
    }
    // A link between saved pages, followed in the page (the router loads the next page's code from the saved copy).
    const link = page.locator('article a[href^="/fr/docs/guidelines/"]').first();
    const target = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === target);
    await expect.poll(() => page.locator('h1').first().textContent()).not.toBe('');
    expect(await page.locator('.theme-doc-markdown').count()).toBe(1);

    // An unsaved page (the events are not part of the saved set): the offline page, in French, with the saved pages.
    await page.goto(localeUrl(baseUrl, 'fr', '/events'));
    await hydrated(page);
    expect(new URL(page.url()).pathname).toBe('/fr/offline');
    await page.getByRole('heading', {level: 1, name: 'Vous êtes hors ligne'}).waitFor();
    await page.getByText('Cette page n\'est pas enregistrée sur cet appareil\u202f: /fr/events').waitFor();
    await page.getByRole('link', {name: /Bourses|fellowships/i}).first().waitFor();

    // Removing the copy, once online again.
    await context.setOffline(false);
    await page.goto(localeUrl(baseUrl, 'fr', '/'));
    await hydrated(page);
    // The panel loads when it comes into view.
    await page.getByRole('region', {name: 'Lecture hors ligne'}).scrollIntoViewIfNeeded();
    await page.getByRole('button', {name: 'Supprimer la copie enregistrée'}).click();
    await page.getByRole('button', {name: /^Enregistrer les ressources en français/}).waitFor();
    expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('bsg-hub-offline')))).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);

it('offers Arabic for offline reading on a 390 px phone, right to left, with buttons a screen reader can use', async () => {
  const url = localeUrl(inject('baseUrl'), 'ar', '/docs/handbooks/fellowships');
  const context = await browser().newContext(PHONE);
  try {
    const page = await context.newPage();
    const errors = recordErrors(page, url);
    await page.goto(url);
    await hydrated(page);
    const panel = page.getByRole('region', {name: 'القراءة دون اتصال'});
    await panel.scrollIntoViewIfNeeded();
    const save = panel.getByRole('button', {name: /^حفظ الإرشادات باللغة العربية للقراءة دون اتصال \(.+\)$/});
    await save.waitFor();
    await panel.getByRole('checkbox', {name: /^تضمين أسئلة المنتدى وأجوبته/}).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await save.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('section[aria-label]')!).direction)).toBe('rtl');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

it('the offline page, opened online with nothing saved, says so in French', async () => {
  await visit(localeUrl(inject('baseUrl'), 'fr', '/offline'), async (page) => {
    await page.getByRole('heading', {level: 1, name: 'Vous êtes hors ligne'}).waitFor();
    await page.getByText("Aucune page n'est enregistrée sur cet appareil.", {exact: false}).waitFor();
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
  });
});

it('shows the address of the page asked for as text, whatever it holds', async () => {
  const hostile = '/fr/<img src=x onerror="document.title=1">';
  await visit(localeUrl(inject('baseUrl'), 'fr', `/offline?from=${encodeURIComponent(hostile)}`), async (page) => {
    await page.getByText(`Cette page n'est pas enregistrée sur cet appareil\u202f: ${hostile}`).waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
  });
});
