import {expect, it} from 'vitest';
import {parseManifest, parseSummary} from '../../../plugins/offline/manifest';

it('reads a manifest and refuses anything else (an HTML error page, an old format)', () => {
  const manifest = {version: 'v', pages: {guidance: [{url: '/fr/', title: 'Accueil'}], forum: []}, assets: ['/fr/img/logo.svg']};
  expect(parseManifest(manifest)).toEqual(manifest);
  expect(parseManifest('<!doctype html>')).toBeUndefined();
  expect(parseManifest({...manifest, pages: {guidance: []}})).toBeUndefined();
  expect(parseManifest({...manifest, assets: [1]})).toBeUndefined();
  expect(parseManifest({...manifest, pages: {guidance: [{url: '/fr/'}], forum: []}})).toBeUndefined();
});

it('reads a summary', () => {
  const summary = {version: 'v', guidance: {pages: 3, bytes: 10}, forum: {pages: 0, bytes: 0}};
  expect(parseSummary(summary)).toEqual(summary);
  expect(parseSummary({version: 'v', guidance: {pages: 3, bytes: '10'}, forum: {pages: 0, bytes: 0}})).toBeUndefined();
});
