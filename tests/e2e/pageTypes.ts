/**
 * One page of every type the site has (issue 16: "every page type scores 100
 * for accessibility"), by path below a locale. Shared by the Lighthouse bench
 * and the browser test that runs Lighthouse's rules with axe-core.
 */
export const PAGE_TYPES: {name: string; path: string}[] = [
  {name: 'home', path: '/'},
  {name: 'doc page', path: '/docs/guidelines/preparing-a-contribution'},
  {name: 'forum list', path: '/forum'},
  {name: 'thread page', path: '/forum/18'},
  {name: 'unanswered', path: '/forum/unanswered'},
  {name: 'ask', path: '/forum/ask'},
  {name: 'Recommendation list', path: '/recommendations'},
  {name: 'Recommendation page', path: '/recommendations/E.164'},
  {name: 'study group page', path: '/study-groups/SG12'},
  {name: 'translations dashboard', path: '/translations'},
  {name: 'indicators', path: '/indicators'},
  {name: 'events', path: '/events'},
  {name: 'event page', path: '/events/sample-sg13-meeting-geneva-2027'},
];

/** English and the right-to-left locale at least; the others share their templates. */
export const PAGE_TYPE_LOCALES = ['en', 'ar'];

/** An address no page has: the server answers with the locale's 404 page (tests/e2e/server.ts). */
export const NOT_FOUND_PATH = '/no-such-page';

/** The browser's console error for the 404 status itself, the only one a 404 page may show. */
export const isNotFoundStatus = (error: string) => /Failed to load resource: the server responded with a status of 404/.test(error);
