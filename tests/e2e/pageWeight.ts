import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';

export const RESOURCE_KINDS = ['document', 'script', 'stylesheet'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type PageWeight = Record<ResourceKind, number> & {total: number; files: string[]};

/**
 * Gzip bytes of the HTML, JS and CSS that a first visit to `url` downloads,
 * until the network is idle (route chunks included, images excluded).
 */
export async function weighPage(browser: Browser, url: string): Promise<PageWeight> {
  const page = await browser.newPage();
  try {
    const weight: PageWeight = {document: 0, script: 0, stylesheet: 0, total: 0, files: []};
    const pending: Promise<void>[] = [];
    // Responses that arrive once the page is weighed (a prefetch on idle) are not counted, and their bodies may be gone.
    let weighed = false;
    page.on('response', (response) => {
      const kind = response.request().resourceType() as ResourceKind;
      if (weighed || !RESOURCE_KINDS.includes(kind)) return;
      pending.push(
        response.body().then(
          (body) => {
            const bytes = gzipSync(body).length;
            weight[kind] += bytes;
            weight.total += bytes;
            weight.files.push(`${kind} ${new URL(response.url()).pathname} ${bytes}`);
          },
          (error: unknown) => {
            if (!weighed) throw error;
          },
        ),
      );
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    // Bodies may still be read as more responses come in.
    for (let settled = -1; settled !== pending.length; ) {
      settled = pending.length;
      await Promise.all(pending);
    }
    weighed = true;
    return weight;
  } finally {
    await page.close();
  }
}
