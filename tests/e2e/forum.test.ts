import {describe, expect, inject, it} from 'vitest';
import {openPage} from './browser';
import {browserForFile, localeUrl} from './checkPage';

const baseUrl = inject('baseUrl');

const {browser: chromium, visit} = browserForFile();

describe('forum list', () => {
  it('lists questions without JavaScript, with status, tags and pagination', async () => {
    const context = await chromium().newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/forum`);
      expect(await page.locator('[data-thread]').count()).toBe(20);
      expect(await page.locator('nav a[href="/forum/page/2"]').count()).toBe(1);
      expect(await page.textContent('main')).toContain('Sample data');
      await page.goto(`${baseUrl}/forum/page/2`);
      expect(await page.locator('[data-thread]').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('filters every question by status, study group, Recommendation and language', async () => {
    await visit(`${baseUrl}/forum`, async (page) => {
      await page.selectOption('select[name="language"]', 'fr');
      await page.waitForSelector('[role="status"]:has-text("4 of")');
      expect(await page.locator('[data-thread]').count()).toBe(4);
      await page.selectOption('select[name="language"]', '');
      await page.selectOption('select[name="recommendation"]', 'K.52');
      const numbers = await page.locator('[data-thread]').evaluateAll((items) => items.map((item) => item.getAttribute('data-thread')));
      expect(numbers).toContain('4');
      await page.selectOption('select[name="recommendation"]', '');
      await page.selectOption('select[name="status"]', 'locked');
      expect(await page.locator('[data-thread]').count()).toBeGreaterThanOrEqual(3);
      await page.selectOption('select[name="studyGroup"]', 'SG12');
      expect(await page.locator('[data-thread="5"]').count()).toBe(1);
    });
  });
});

describe('thread page', () => {
  it('shows the question, the accepted answer first and marked, expert badges and hidden spam', async () => {
    await visit(`${baseUrl}/forum/11`, async (page) => {
      const answers = page.locator('[data-answer]');
      expect(await answers.first().getAttribute('data-accepted')).toBe('true');
      expect(await answers.first().textContent()).toContain('Accepted answer');
      expect(await page.locator('[data-accepted="true"] [data-testid="role-badge"]').textContent()).toMatch(/Expert · SG11/);
      expect(await page.locator('[data-testid="hidden-comment"]').textContent()).toContain('hidden as spam');
    });
  });

  it('links a duplicate to its original and says why a thread is locked', async () => {
    await visit(`${baseUrl}/forum/7`, async (page) => {
      expect(await page.locator('[data-testid="duplicate"] a').getAttribute('href')).toBe('/forum/1');
    });
    await visit(`${baseUrl}/forum/5`, async (page) => {
      expect(await page.textContent('main')).toContain('locked because it is resolved');
    });
  });

  it('renders an Arabic thread right to left, in Arabic', async () => {
    await visit(localeUrl(baseUrl, 'ar', '/forum/18'), async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.getAttribute('article h1', 'lang')).toBe('ar');
      expect(await page.locator('article a[href^="/ar/recommendations/K.100"]').count()).toBeGreaterThan(0);
    });
  });

  it('runs nothing a hostile post contains', async () => {
    // External images in the post cannot load here (no network): those are the only errors allowed.
    const {page, errors} = await openPage(chromium(), `${baseUrl}/forum/34`);
    try {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const links = page.locator('article a');
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
      for (const link of await links.all()) {
        if ((await link.getAttribute('href'))?.startsWith('#')) await link.click();
      }
      await page.locator('article img').evaluateAll((images) => images.forEach((image) => image.dispatchEvent(new Event('error'))));
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(await page.locator('article script, article iframe, article form, article svg, article math, article [style]').count()).toBe(0);
      const handlers = await page.evaluate(() =>
        Array.from(document.querySelectorAll('article *')).flatMap((el) => Array.from(el.attributes, (a) => a.name).filter((name) => name.startsWith('on'))),
      );
      expect(handlers).toEqual([]);
      expect(errors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('unanswered queue and ask form', () => {
  it('groups waiting questions by study group, oldest first, with their wait', async () => {
    await visit(`${baseUrl}/forum/unanswered`, async (page) => {
      const sg5 = page.locator('section[data-study-group="SG5"]');
      expect(await sg5.locator('a[href="/forum/4"]').count()).toBe(1);
      const waits = (await sg5.locator('[data-testid="waiting"]').allTextContents()).map((text) => Number(/(\d+)/.exec(text)?.[1]));
      expect(waits.length).toBeGreaterThan(0);
      expect(waits).toEqual([...waits].sort((a, b) => b - a));
      // Answered questions are not in the queue.
      expect(await page.locator('main a[href="/forum/1"]').count()).toBe(0);
    });
  });

  it('opens GitHub’s new-discussion form with everything prefilled', async () => {
    await visit(`${baseUrl}/forum/ask`, async (page) => {
      await page.fill('input[name="title"]', 'Numbering for IoT');
      await page.fill('textarea[name="body"]', 'How do we open an M2M range?');
      // Named checkboxes, which work by touch (issue 21), where a multiple select was.
      await page.check('input[name="recommendations"][value="E.164"]');
      await page.check('input[name="recommendations"][value="E.212"]');
      await page.selectOption('select[name="study-group"]', 'SG2');
      await page.selectOption('select[name="country"]', 'Kenya (KEN)');
      const url = new URL((await page.getAttribute('button[type="submit"]', 'data-url')) ?? '');
      expect(url.pathname).toBe('/bsg-hub/bsg-hub/discussions/new');
      expect(url.searchParams.get('category')).toBe('q-a');
      expect(url.searchParams.get('title')).toBe('Numbering for IoT');
      expect(url.searchParams.get('labels')).toBe('rec:E.164,rec:E.212,sg:SG2,lang:en');
      expect(url.searchParams.get('country')).toBe('Kenya (KEN)');
    });
  });
});

it('lists the questions about a Recommendation on its catalogue page', async () => {
  await visit(`${baseUrl}/recommendations/E.164`, async (page) => {
    expect(await page.locator('main a[href="/forum/1"]').count()).toBe(1);
  });
});
