import {readdirSync} from 'node:fs';
import path from 'node:path';
import {text} from 'node:stream/consumers';
import ICAL from 'ical.js';
import {describe, expect, inject, it} from 'vitest';
import {browserForFile, localeUrl} from './checkPage';
import type {Page} from 'playwright-core';

const baseUrl = inject('baseUrl');
const {browser: chromium, visit} = browserForFile();

/** Geneva changes to summer time during this meeting; Chinese and Arabic titles are in its data. */
const EVENT = 'sample-sg13-meeting-geneva-2027';

async function withoutJavaScript(url: string, check: (page: Page) => Promise<void>) {
  const context = await chromium().newContext({javaScriptEnabled: false});
  try {
    const page = await context.newPage();
    await page.goto(url);
    await check(page);
  } finally {
    await context.close();
  }
}

describe.each(['ar', 'zh'])('events in %s', (locale) => {
  it('lists every event without JavaScript, upcoming then past, labelled as sample data', async () => {
    await withoutJavaScript(localeUrl(baseUrl, locale, '/events'), async (page) => {
      expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator('[data-event]').count()).toBe(readdirSync(path.join(__dirname, '../../data/events')).length);
      const order = await page.locator('[data-event]').evaluateAll((items) => items.map((item) => item.getAttribute('data-upcoming')));
      expect(order.indexOf('false') === -1 || order.slice(order.indexOf('false')).every((upcoming) => upcoming === 'false')).toBe(true);
      expect(await page.locator('main [role="note"]').count()).toBe(1);
      // The filters need JavaScript: in the HTML (so that they appear without moving the list), not shown without it.
      expect(await page.locator('form[role="search"]').isVisible()).toBe(false);
      const link = page.locator(`[data-event="${EVENT}"] h3 a`);
      expect(await link.getAttribute('href')).toBe(new URL(localeUrl(baseUrl, locale, `/events/${EVENT}`)).pathname);
      expect(await link.getAttribute('lang')).toBe(locale);
      // Zones by their names in the page's language (中欧时间), not Europe/Zurich.
      const zones = await page.locator('.event-zone').allTextContents();
      expect(zones.length).toBeGreaterThan(0);
      expect(zones.filter((zone) => zone.includes('/'))).toEqual([]);
      expect(await page.locator(`[data-event="${EVENT}"] .event-zone`).textContent()).toBe(locale === 'ar' ? '(توقيت وسط أوروبا)' : '(中欧时间)');
    });
  });

  it('filters by type, attendance and language with JavaScript', async () => {
    await visit(localeUrl(baseUrl, locale, '/events'), async (page) => {
      await page.selectOption('select[name="type"]', 'webinar');
      expect(await page.locator('[data-event]').count()).toBe(2);
      await page.selectOption('select[name="language"]', 'pt');
      expect(await page.locator('[data-event]').count()).toBe(1);
      await page.selectOption('select[name="type"]', '');
      await page.selectOption('select[name="language"]', '');
      await page.selectOption('select[name="attendance"]', 'in-person');
      const inPerson = await page.locator('[data-event]').count();
      await page.selectOption('select[name="studyGroup"]', 'SG13');
      // The 2027 meeting and two past ones with participation (held in person and online: both count).
      expect(await page.locator('[data-event]').count()).toBe(3);
      await page.selectOption('select[name="studyGroup"]', '');
      await page.selectOption('select[name="region"]', 'africa');
      expect(await page.locator('[data-event]').count()).toBeLessThan(inPerson);
    });
  });

  it('shows an event page without JavaScript: times at the venue and in UTC, remote participation, JSON-LD', async () => {
    await withoutJavaScript(localeUrl(baseUrl, locale, `/events/${EVENT}`), async (page) => {
      expect(await page.getAttribute('h1', 'lang')).toBe(locale);
      expect(await page.title()).toMatch(locale === 'zh' ? /^第13研究组会议 \| BSG Hub$/ : /^اجتماع لجنة الدراسات 13 \| BSG Hub$/);
      const times = await page.locator('[data-event-page] time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
      // 09:30 in Geneva on 22 March is 08:30 UTC (+01:00, winter time).
      expect(times).toEqual(['2027-03-22T09:30+01:00', '2027-03-22T08:30:00.000Z']);
      // The venue's zone in the page's language; its IANA id only where machines read it.
      expect(await page.locator('[data-event-page] dt').first().textContent()).toContain(locale === 'ar' ? 'توقيت وسط أوروبا' : '中欧时间');
      expect(await page.locator('[data-event-page]').textContent()).not.toContain('Europe/Zurich');
      expect(await page.locator('[data-local-time="value"]').isHidden()).toBe(true);
      expect(await page.locator('[data-event-page] [role="note"]').count()).toBe(1);
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<string, unknown>;
      expect(jsonLd).toMatchObject({'@type': 'Event', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode', eventStatus: 'https://schema.org/EventScheduled', inLanguage: ['en']});
    });
  });

  it('adds the reader\'s own time with JavaScript', async () => {
    const context = await chromium().newContext({timezoneId: 'America/St_Johns'});
    try {
      const page = await context.newPage();
      await page.goto(localeUrl(baseUrl, locale, `/events/${EVENT}`));
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const local = page.locator('[data-local-time="value"]');
      await local.waitFor({state: 'visible'});
      // The reader's zone named in the page's language, as the venue's is.
      const text = await local.textContent();
      expect(text).toContain(locale === 'ar' ? 'توقيت نيوفاوندلاند' : '纽芬兰时间');
      expect(text).not.toContain('America/St_Johns');
    } finally {
      await context.close();
    }
    await visit(localeUrl(baseUrl, locale, `/events/${EVENT}`), async (page) => {
      await page.locator('[data-local-time="value"]').waitFor({state: 'visible'});
    });
  });
});

describe('narrow phone screens', () => {
  it.each([
    ['ar', '/events'],
    ['zh', '/events'],
    ['ar', `/events/${EVENT}`],
    ['ru', '/events/sample-sg11rg-eecat-almaty-2027'],
  ])('%s %s needs no horizontal scrolling at 360 px', async (locale, path) => {
    const page = await chromium().newPage({viewport: {width: 360, height: 740}});
    try {
      await page.goto(localeUrl(baseUrl, locale, path), {waitUntil: 'load'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});

describe('event list with JavaScript', () => {
  it('decides again in the browser what is upcoming, so that a list built earlier stays right', async () => {
    const context = await chromium().newContext();
    try {
      const page = await context.newPage();
      // A week after the Nairobi workshop (15–16 March 2027).
      await page.clock.setFixedTime(new Date('2027-03-23T12:00:00Z'));
      await page.goto(`${baseUrl}/events`);
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const nairobi = page.locator('[data-event="sample-bsg-workshop-nairobi-2027"]');
      expect(await nairobi.getAttribute('data-upcoming')).toBe('false');
      // The Geneva meeting is under way: still upcoming.
      expect(await page.getAttribute(`[data-event="${EVENT}"]`, 'data-upcoming')).toBe('true');
    } finally {
      await context.close();
    }
  });
});

describe('calendar files', () => {
  it('downloads an event as .ics that a calendar parser reads back', async () => {
    const context = await chromium().newContext({acceptDownloads: true});
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/events/sample-sg17-security-training-cairo-2027`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="add-to-calendar"]')]);
      expect(download.suggestedFilename()).toBe('sample-sg17-security-training-cairo-2027.ics');
      // Streamed: the suite's Chromium is shared (globalSetup.ts), and a download has no local path over that connection.
      const calendar = new ICAL.Component(ICAL.parse(await text(await download.createReadStream())));
      const [event] = calendar.getAllSubcomponents('vevent');
      expect(event?.getFirstPropertyValue('uid')).toBe('sample-sg17-security-training-cairo-2027@bsg-hub.github.io');
      expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
      // 09:00 in Cairo (+02:00 in January).
      expect(String(event?.getFirstPropertyValue('dtstart'))).toBe('2027-01-25T07:00:00Z');
    } finally {
      await context.close();
    }
  });

  it('offers subscription feeds for all events, study groups and regions on the list page', async () => {
    await visit(`${baseUrl}/events`, async (page) => {
      const feeds = await page.locator('a[data-feed]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(feeds).toContain('/events/calendar.ics');
      expect(feeds).toContain('/events/calendar/sg13.ics');
      expect(feeds).toContain('/events/calendar/africa.ics');
      for (const feed of feeds) {
        const response = await page.request.get(`${baseUrl}${feed}`);
        expect(response.status(), feed!).toBe(200);
        const calendar = new ICAL.Component(ICAL.parse(await response.text()));
        expect(calendar.getAllSubcomponents('vevent').length, feed!).toBeGreaterThan(0);
      }
    });
  });
});

describe('events on other pages', () => {
  it('lists the events of a Recommendation and of a study group, labelled as sample data', async () => {
    for (const url of ['/recommendations/Y.3172', '/fr/study-groups/SG13']) {
      await visit(`${baseUrl}${url}`, async (page) => {
        const links = page.locator('[data-testid="event-links"] a');
        const prefix = url.startsWith('/fr') ? '/fr' : '';
        // Upcoming first, then past meetings, latest first (the study group's two sample meetings with participation).
        const past = url.includes('study-groups') ? ['sample-sg13-geneva-2026-07', 'sample-sg13-geneva-2025-07'] : [];
        expect(await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))).toEqual([EVENT, ...past].map((id) => `${prefix}/events/${id}`));
        expect(await page.textContent('main')).toMatch(/Sample data: these events|Données d['’]exemple[\s\u202f]: ces événements/);
      });
    }
  });

  it('lists the next three upcoming events on the home page, soonest first', async () => {
    await withoutJavaScript(`${baseUrl}/events`, async (list) => {
      const upcoming = await list.locator('[data-upcoming="true"] h3 a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
      await visit(`${baseUrl}/`, async (page) => {
        const home = await page.locator('[data-testid="event-links"] a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
        expect(home).toEqual(upcoming.slice(0, 3));
      });
    });
  });
});
