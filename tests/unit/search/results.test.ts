import {describe, expect, it} from 'vitest';
import {searchFromEnv} from '../../../plugins/search-local/searchMode';
import {moveFocus, opensSearch, toResultView} from '../../../plugins/search-local/results';

describe('toResultView', () => {
  const data = {
    url: '/fr/docs/guidelines/national-standardization-secretariat.html',
    excerpt: 'un <mark>secrétariat</mark> national',
    meta: {title: 'Créer un secrétariat national de normalisation'},
    filters: {kind: ['guidance']},
    sub_results: [
      {title: 'Créer un secrétariat national de normalisation', url: '/fr/docs/guidelines/national-standardization-secretariat.html', excerpt: 'page'},
      {title: 'Les niveaux', url: '/fr/docs/guidelines/national-standardization-secretariat.html#les-niveaux', excerpt: 'le <mark>secrétariat</mark> de niveau 1'},
    ],
  };

  it('links to the section the words were found in, without the .html of the file', () => {
    expect(toResultView(data)).toEqual({
      url: '/fr/docs/guidelines/national-standardization-secretariat#les-niveaux',
      title: 'Créer un secrétariat national de normalisation',
      section: 'Les niveaux',
      excerpt: 'le <mark>secrétariat</mark> de niveau 1',
      kind: 'guidance',
      status: null,
      translation: null,
    });
  });

  it('tells a translation nobody has reviewed yet (issue 22), and nothing else', () => {
    expect(toResultView({...data, meta: {...data.meta, translation: 'machine'}}).translation).toBe('machine');
    expect(toResultView({...data, meta: {...data.meta, translation: 'draft'}}).translation).toBe('draft');
    expect(toResultView({...data, meta: {...data.meta, translation: 'reviewed'}}).translation).toBeNull();
    expect(toResultView({...data, meta: {...data.meta, translation: '<b>machine</b>'}}).translation).toBeNull();
  });

  it('falls back to the page when no section matched, and tells answered forum threads', () => {
    const thread = {url: '/forum/5.html', excerpt: 'x', meta: {title: 'Q', status: 'answered'}, filters: {kind: ['forum']}};
    expect(toResultView(thread)).toMatchObject({url: '/forum/5', section: null, kind: 'forum', status: 'answered'});
  });

  it('ignores kinds and statuses it does not know', () => {
    expect(toResultView({url: '/x.html', excerpt: '', meta: {status: 'weird'}, filters: {kind: ['blog']}})).toMatchObject({title: '/x', kind: null, status: null});
  });
});

describe('moveFocus', () => {
  it('moves from the field (−1) through the results and back, without wrapping', () => {
    expect(moveFocus(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveFocus(2, 'ArrowDown', 3)).toBe(2);
    expect(moveFocus(0, 'ArrowUp', 3)).toBe(-1);
    expect(moveFocus(-1, 'ArrowUp', 3)).toBe(-1);
    expect(moveFocus(-1, 'ArrowDown', 0)).toBe(-1);
  });
});

describe('opensSearch', () => {
  const key = (k: string, extra: Partial<{ctrlKey: boolean; metaKey: boolean; altKey: boolean; tagName: string}> = {}) => ({
    key: k,
    ctrlKey: extra.ctrlKey ?? false,
    metaKey: extra.metaKey ?? false,
    altKey: extra.altKey ?? false,
    target: {tagName: extra.tagName ?? 'BODY'},
  });

  it('opens on / outside text fields and on Ctrl+K or ⌘K anywhere', () => {
    expect(opensSearch(key('/'))).toBe(true);
    expect(opensSearch(key('/', {tagName: 'INPUT'}))).toBe(false);
    expect(opensSearch(key('k', {ctrlKey: true, tagName: 'TEXTAREA'}))).toBe(true);
    expect(opensSearch(key('K', {metaKey: true}))).toBe(true);
    expect(opensSearch(key('k'))).toBe(false);
    expect(opensSearch(key('k', {ctrlKey: true, altKey: true}))).toBe(false);
  });
});

describe('searchFromEnv', () => {
  it('uses Algolia only when all three variables are set, the offline index otherwise', () => {
    expect(searchFromEnv({})).toEqual({kind: 'local'});
    expect(searchFromEnv({ALGOLIA_APP_ID: 'A', ALGOLIA_SEARCH_API_KEY: 'k', ALGOLIA_INDEX_NAME: 'i'})).toEqual({
      kind: 'algolia',
      algolia: {appId: 'A', apiKey: 'k', indexName: 'i', contextualSearch: true},
    });
    expect(searchFromEnv({BSG_HUB_SEARCH: 'off', ALGOLIA_APP_ID: 'A'})).toEqual({kind: 'off'});
  });

  it('names the missing variables when only some are set', () => {
    expect(() => searchFromEnv({ALGOLIA_APP_ID: 'A'})).toThrow('ALGOLIA_SEARCH_API_KEY, ALGOLIA_INDEX_NAME missing');
  });

  it('refuses an application ID that is not letters and digits: it becomes host names in the pages\' policy', () => {
    expect(() => searchFromEnv({ALGOLIA_APP_ID: "X; script-src 'unsafe-inline'", ALGOLIA_SEARCH_API_KEY: 'k', ALGOLIA_INDEX_NAME: 'i'})).toThrow(
      'ALGOLIA_APP_ID is wrong: expected Algolia\'s application ID',
    );
  });
});
