/**
 * Offline reading (issue 23) in Chromium at phone size: the second page view
 * costs its own HTML and data only; French saved for offline reading opens
 * with the network cut, links between saved pages work, and an unsaved page
 * shows the offline page in French.
 */
import {expect, inject, it} from 'vitest';
import {browserForFile, localeUrl} from './checkPage';
import {PHONE, measureTransfer, whenServiceWorkerReady} from './offlineHelpers';
import type {Page} from 'playwright-core';

const {browser} = browserForFile();

const hydrated = (page: Page) => page.waitForSelector('html[data-has-hydrated="true"]');

it('a second page view fetches its HTML and its own route data, not the files the first one loaded', async () => {
  const baseUrl = inject('baseUrl');
  const first = localeUrl(baseUrl, 'fr', '/');
  const second = localeUrl(baseUrl, 'fr', '/docs/handbooks/fellowships');
  const figures: string[] = [];
  for (const serviceWorkers of ['block', 'allow'] as const) {
    const context = await browser().newContext({...PHONE, serviceWorkers});
    try {
      const page = await context.newPage();
      await page.goto(first);
      await hydrated(page);
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => /\/assets\/.+\.[0-9a-f]{8,}\.\w+$/.test(path)));
      if (serviceWorkers === 'allow') await whenServiceWorkerReady(page);
      const transfer = await measureTransfer(context, page, () => page.goto(second));
      figures.push(`service worker ${serviceWorkers === 'allow' ? 'on' : 'off'}: ${transfer.bytes} bytes in ${transfer.requests.length} requests\n  ${transfer.requests.join('\n  ')}`);
      if (serviceWorkers === 'allow') {
        // Every hashed file of the first view comes from the worker's cache; the network serves the page and its own chunks.
        const again = transfer.requests.filter((request) => loaded.some((path) => request.includes(` ${path} `)));
        expect(again, figures.join('\n')).toEqual([]);
        expect(transfer.requests.some((request) => request.startsWith('200 /fr/docs/handbooks/fellowships ')), figures.join('\n')).toBe(true);
      }
    } finally {
      await context.close();
    }
  }
  console.log(`Second page view (${second} after ${first}), 390×844:\n${figures.join('\n')}`);
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
    await page.getByText('La copie enregistrée a été supprimée de cet appareil.').waitFor();
    expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('bsg-hub-offline')))).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);
