import {expect, inject, it} from 'vitest';
import {browserForFile} from './checkPage';
import {weighPage} from './pageWeight';

/** A plain Docusaurus 3.10 classic site sends 180 KB gzip for a doc page: no page of ours may send more. */
const BUDGET = 180 * 1024;

const {browser: chromium} = browserForFile();

it.each([
  '/docs/guidelines/preparing-a-contribution',
  '/ar/docs/guidelines/preparing-a-contribution',
  '/',
  '/recommendations',
  '/recommendations/E.164',
  '/indicators',
  '/ar/indicators',
])(
  '%s stays within the page-weight budget',
  async (path) => {
    const weight = await weighPage(chromium(), inject('baseUrl') + path);
    expect(weight.total, weight.files.join('\n')).toBeLessThanOrEqual(BUDGET);
  },
);
