import {expect, it} from 'vitest';
import {planSave} from '../../../plugins/offline/plan';
import type {OfflineManifest} from '../../../plugins/offline/manifest';

const manifest: OfflineManifest = {
  version: 'b',
  pages: {guidance: [{url: '/fr/', title: 'Accueil'}, {url: '/fr/docs/handbooks', title: 'Guides'}], forum: [{url: '/fr/forum/12', title: 'Q'}]},
  assets: ['/fr/assets/js/main.11111111.js', '/fr/assets/js/new.22222222.js', '/fr/img/logo.svg'],
};

it('downloads the pages of the chosen parts and every asset on a first save', () => {
  expect(planSave(manifest, ['guidance'], new Set(), new Set())).toEqual({
    download: ['/fr/', '/fr/docs/handbooks', '/fr/assets/js/main.11111111.js', '/fr/assets/js/new.22222222.js', '/fr/img/logo.svg'],
    copy: [],
  });
});

it('copies the hashed files the previous copy holds, and downloads pages and unhashed files again', () => {
  const previous = new Set(['/fr/', '/fr/assets/js/main.11111111.js', '/fr/img/logo.svg', '/fr/assets/js/old.33333333.js']);
  expect(planSave(manifest, ['guidance', 'forum'], new Set(), previous)).toEqual({
    download: ['/fr/', '/fr/docs/handbooks', '/fr/forum/12', '/fr/assets/js/new.22222222.js', '/fr/img/logo.svg'],
    copy: ['/fr/assets/js/main.11111111.js'],
  });
});

it('skips hashed files already in the target (adding the forum to the same version)', () => {
  const target = new Set(['/fr/assets/js/main.11111111.js', '/fr/assets/js/new.22222222.js']);
  expect(planSave(manifest, ['forum'], target, new Set()).download).toEqual(['/fr/forum/12', '/fr/img/logo.svg']);
});
