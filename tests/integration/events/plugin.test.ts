import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import {afterEach, describe, expect, it, vi} from 'vitest';
import eventsPlugin from '../../../plugins/events';
import {jsonForScript} from '../../../plugins/utils/jsonScript';
import type {Catalogue} from '../../../plugins/catalogue/types';
import type {AllContent, LoadContext, Plugin, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';

const siteDir = path.join(__dirname, '../../fixtures/events');
const catalogue = {
  recommendations: [{id: 'E.164', title: 't', study_group: 'SG2', status: 'in-force', policy: true, summary: 's'}],
  studyGroups: [{id: 'SG12', title: 't', title_confirmed: true, areas: 'a', series: ['P'], regional_groups: [{code: 'SG12RG-AFR', region: 'africa'}]}],
  glossary: {},
  products: [],
} as unknown as Catalogue;

function testPlugin(dataDir: string) {
  const context = {
    siteDir,
    baseUrl: '/fr/',
    siteConfig: {url: 'https://bsg-hub.github.io'},
    i18n: {currentLocale: 'fr', localeConfigs: {fr: {htmlLang: 'fr'}}},
  } as unknown as LoadContext;
  return (eventsPlugin as unknown as (context: LoadContext, options: object) => Plugin<unknown>)(context, {id: 'default', dataDir, routeBasePath: 'events', refreshHours: 12});
}

async function load(plugin: Plugin<unknown>) {
  const content = await plugin.loadContent?.();
  const routes: RouteConfig[] = [];
  const actions = {addRoute: (route: RouteConfig) => routes.push(route), setGlobalData: vi.fn()} as unknown as PluginContentLoadedActions;
  const allContent = {events: {default: content}, catalogue: {default: catalogue}} as unknown as AllContent;
  await plugin.allContentLoaded?.({allContent, actions});
  return {content, routes, actions};
}

const temporary: string[] = [];
afterEach(() => temporary.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));

describe('events plugin', () => {
  it('fails the build with every problem of every event file', async () => {
    const error = await load(testPlugin('invalid')).catch((e: unknown) => e);
    expect(String(error)).toMatch(/^Error: Invalid events: \d+ problem\(s\) in 21 file\(s\)\./);
    expect(String(error)).toContain('- invalid/unknown-timezone.yml:14 timezone: found \'Europe/Geneva\'');
    expect(String(error)).toContain('The event files are described in README.md, section "Events".');
  });

  it('adds the list and the template route, the home page\'s next events, and references for the catalogue', async () => {
    const {content, routes, actions} = await load(testPlugin('valid'));
    expect(routes.map((route) => route.path)).toEqual(['/fr/events', '/fr/events/:id']);
    expect(actions.setGlobalData).toHaveBeenCalledWith({next: [expect.objectContaining({permalink: '/fr/events/sg12rg-afr-qos-workshop', lang: 'fr'})]});
    expect(content).toMatchObject({recommendationReferences: [{recommendation: 'E.164', kind: 'event'}], studyGroupReferences: [{studyGroup: 'SG12', kind: 'event'}]});
  });

  it('writes a page per event into the template after the build, removes the template, and writes the calendars', async () => {
    const plugin = testPlugin('valid');
    await load(plugin);
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'events-'));
    temporary.push(outDir);
    mkdirSync(path.join(outDir, 'events'));
    const words = ['venueTime', 'utc', 'yourTime', 'where', 'online', 'remote', 'joinPublic', 'joinAfterRegistration', 'languages', 'interpretation', 'captioning', 'registration', 'register', 'deadline', 'fellowships', 'fellowshipsOffered', 'organisers', 'recommendations', 'programmesHeading', 'documents', 'addToCalendar', 'allEvents'];
    const labels = {
      ...Object.fromEntries(words.map((word) => [word, `[${word}]`])),
      sample: 'Données d’exemple', calendarName: 'Événements', types: {workshop: 'Atelier'}, statuses: {scheduled: 'Prévu'}, attendance: {mixed: 'Mixte'}, regions: {africa: 'Afrique'}, programmes: {2: 'P2', 3: 'P3'},
    };
    writeFileSync(
      path.join(outDir, 'events/:id.html'),
      `<!doctype html><html lang=fr><head><title>Événement | BSG Hub</title><link rel=canonical href=https://bsg-hub.github.io/fr/events/:id></head><body><script type=application/json id=event-page-labels>${jsonForScript(labels)}</script><div id=event-page></div></body></html>`,
    );
    await plugin.postBuild?.({outDir} as never);
    expect(existsSync(path.join(outDir, 'events/:id.html'))).toBe(false);
    const page = readFileSync(path.join(outDir, 'events/sg12rg-afr-qos-workshop.html'), 'utf8');
    expect(page).toContain('<title>Atelier sur la mesure de la qualité de service | BSG Hub</title>');
    expect(page).toContain('href="https://bsg-hub.github.io/fr/events/sg12rg-afr-qos-workshop"');
    expect(page).toContain('Données d’exemple');
    const feed = new ICAL.Component(ICAL.parse(readFileSync(path.join(outDir, 'events/calendar/africa.ics'), 'utf8')));
    expect(feed.getFirstPropertyValue('x-wr-calname')).toBe('Événements · Afrique');
    expect(feed.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid')).toBe('sg12rg-afr-qos-workshop@bsg-hub.github.io');
    expect(existsSync(path.join(outDir, 'events/calendar/sg12.ics'))).toBe(true);
    expect(existsSync(path.join(outDir, 'events/sg12rg-afr-qos-workshop.ics'))).toBe(true);
  });
});
