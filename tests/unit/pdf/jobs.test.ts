import path from 'node:path';
import {expect, it} from 'vitest';
import {builtDocIds, mergeManifests, printJobs, toManifest} from '../../../plugins/pdf/jobs';

it('finds the guidance pages among built files, not the section indexes or other pages', () => {
  expect(
    builtDocIds(['docs/mentoring/mentor-role.html', 'docs/guidelines/qos-regulation.html', 'docs/guidelines.html', 'docs/privacy.html', 'docs/guidelines/x.txt']),
  ).toEqual(['guidelines/qos-regulation', 'mentoring/mentor-role']);
});

it('prints the default locale from the root and the others from their folder, to stable file names', () => {
  const jobs = printJobs([{locale: 'en', docIds: ['guidelines/qos-regulation']}, {locale: 'zh', docIds: ['guidelines/qos-regulation']}], 'http://127.0.0.1:5', '/out');
  expect(jobs).toEqual([
    {locale: 'en', docId: 'guidelines/qos-regulation', url: 'http://127.0.0.1:5/docs/guidelines/qos-regulation', file: path.join('/out', 'en/guidelines/qos-regulation.en.pdf')},
    {locale: 'zh', docId: 'guidelines/qos-regulation', url: 'http://127.0.0.1:5/zh/docs/guidelines/qos-regulation', file: path.join('/out', 'zh/guidelines/qos-regulation.zh.pdf')},
  ]);
  expect(toManifest(jobs.map((job, index) => ({job, bytes: 1000 + index})).reverse(), '/out')).toEqual({
    pdfs: {
      'en/guidelines/qos-regulation': {file: 'en/guidelines/qos-regulation.en.pdf', bytes: 1000},
      'zh/guidelines/qos-regulation': {file: 'zh/guidelines/qos-regulation.zh.pdf', bytes: 1001},
    },
  });
});

it('keeps the other languages of the manifest when some are printed again, and replaces those whole', () => {
  const entry = (file: string) => ({file, bytes: 1});
  const previous = {pdfs: {'en/guidelines/a': entry('en/guidelines/a.en.pdf'), 'zh/guidelines/a': entry('zh/guidelines/a.zh.pdf'), 'zh/guidelines/gone': entry('zh/guidelines/gone.zh.pdf')}};
  expect(mergeManifests(previous, {pdfs: {'zh/guidelines/a': {file: 'zh/guidelines/a.zh.pdf', bytes: 2}}}, ['zh'])).toEqual({
    pdfs: {'en/guidelines/a': entry('en/guidelines/a.en.pdf'), 'zh/guidelines/a': {file: 'zh/guidelines/a.zh.pdf', bytes: 2}},
  });
});
