import {expect, it} from 'vitest';
import {HASHED_ASSET, inScope, offlinePageUrl} from '../../../plugins/offline/sw/config';

const english = {baseUrl: '/', otherBaseUrls: ['/ar/', '/fr/'], neverCache: ['https://site.example/api']};
const at = (href: string) => new URL(href, 'https://site.example');

it('looks after its own locale only, never another origin, another locale or the gateway', () => {
  expect(inScope(at('/docs/handbooks'), 'https://site.example', english)).toBe(true);
  expect(inScope(at('/fr/docs/handbooks'), 'https://site.example', english)).toBe(false);
  expect(inScope(at('https://gateway.example/api/questions'), 'https://site.example', english)).toBe(false);
  expect(inScope(at('/api/challenge'), 'https://site.example', english)).toBe(false);
  expect(inScope(at('/fr/docs/handbooks'), 'https://site.example', {baseUrl: '/fr/', otherBaseUrls: [], neverCache: []})).toBe(true);
  expect(inScope(at('/docs/handbooks'), 'https://site.example', {baseUrl: '/fr/', otherBaseUrls: [], neverCache: []})).toBe(false);
});

it('knows hashed build files by their name', () => {
  expect(HASHED_ASSET.test('/fr/assets/js/main.3312df18.js')).toBe(true);
  expect(HASHED_ASSET.test('/assets/css/styles.c1c6a721.css')).toBe(true);
  expect(HASHED_ASSET.test('/img/logo.svg')).toBe(false);
  expect(HASHED_ASSET.test('/fr/offline/manifest.json')).toBe(false);
});

it('sends an unsaved page to the offline page with its address as a parameter', () => {
  expect(offlinePageUrl('/fr/', '/fr/events/a&b')).toBe('/fr/offline?from=%2Ffr%2Fevents%2Fa%26b');
});
