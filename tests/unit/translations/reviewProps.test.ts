import {describe, expect, it} from 'vitest';
import {reviewProps, WAITING_LISTED} from '../../../plugins/translations/dashboard/props';
import {reviewStateOf} from '../../../plugins/translations/status/report';
import type {ReportEntry} from '../../../plugins/translations/status/report';

const entry = (page: string, status: ReportEntry['status'], review: ReportEntry['review']): ReportEntry => ({
  page,
  locale: 'fr',
  status,
  file: `i18n/fr/docusaurus-plugin-content-docs/current/${page}`,
  since: null,
  pinnedCommit: null,
  change: null,
  review,
});
const docs = new Map([['b.md', {title: 'Page B', permalink: '/fr/docs/b'}]]);

describe('reviewProps', () => {
  const entries = [
    entry('a.md', 'current', {state: 'reviewed', date: '2026-10-01', reviewer: 'ana-fr'}),
    entry('b.md', 'outdated', {state: 'machine', date: '2026-11-02', reviewer: null}),
    entry('c.md', 'current', {state: 'draft', date: '2026-09-15', reviewer: null}),
    entry('d.md', 'current', {state: 'machine', date: '2026-11-02', reviewer: null}),
    entry('e.md', 'missing', null),
    entry('f.md', 'untracked', null),
  ];

  it('counts pages by review state and by freshness', () => {
    expect(reviewProps(entries, {docs, repositoryUrl: 'https://github.com/o/r'}).review).toEqual({reviewed: 1, machine: 2, draft: 1, outdated: 1, missing: 1});
  });

  it('lists machine and draft translations oldest first, each with its page and GitHub link', () => {
    expect(reviewProps(entries, {docs, repositoryUrl: 'https://github.com/o/r'}).waiting).toEqual([
      {page: 'c.md', title: 'c.md', permalink: null, state: 'draft', date: '2026-09-15', href: 'https://github.com/o/r/edit/main/i18n/fr/docusaurus-plugin-content-docs/current/c.md'},
      {page: 'b.md', title: 'Page B', permalink: '/fr/docs/b', state: 'machine', date: '2026-11-02', href: 'https://github.com/o/r/edit/main/i18n/fr/docusaurus-plugin-content-docs/current/b.md'},
      {page: 'd.md', title: 'd.md', permalink: null, state: 'machine', date: '2026-11-02', href: 'https://github.com/o/r/edit/main/i18n/fr/docusaurus-plugin-content-docs/current/d.md'},
    ]);
    const many = Array.from({length: 9}, (_, i) => entry(`p${i}.md`, 'current', {state: 'machine', date: `2026-11-0${i + 1}`, reviewer: null}));
    expect(reviewProps(many, {docs, repositoryUrl: ''}).waiting.map((w) => w.page)).toEqual(many.slice(0, WAITING_LISTED).map((e) => e.page));
  });
});

describe('reviewStateOf', () => {
  it('reads the block, and nothing from a missing or unknown state', () => {
    expect(reviewStateOf('---\ntranslation:\n  state: reviewed\n  date: 2026-11-20\n  reviewer: ana-fr\n---\n')).toEqual({state: 'reviewed', date: '2026-11-20', reviewer: 'ana-fr'});
    expect(reviewStateOf('---\ntranslation: {state: approved, date: 2026-11-20}\n---\n')).toBeNull();
    expect(reviewStateOf('---\ntitle: x\n---\n')).toBeNull();
  });
});
