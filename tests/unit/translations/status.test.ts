import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {classifyTranslations, coverage} from '../../../plugins/translations/status/classify';
import {contentHash} from '../../../plugins/translations/status/contentHash';
import {pinOf, readTranslations} from '../../../plugins/translations/status/readTranslations';

const page = '---\ntitle: Numbering\ndescription: How numbers work.\n---\n\nFirst paragraph.\n\n## Steps\n\n1. Plan.\n';

describe('contentHash', () => {
  it('ignores changes that do not alter meaning', () => {
    const reordered = '---\ndescription: How numbers work.\ntitle: Numbering\n---\n\n\n\nFirst paragraph.   \n\n## Steps\n\n1.  Plan.\n\n';
    expect(contentHash(reordered)).toBe(contentHash(page));
  });

  it('changes when the text or the front matter changes', () => {
    expect(contentHash(page.replace('Plan.', 'Plan ahead.'))).not.toBe(contentHash(page));
    expect(contentHash(page.replace('title: Numbering', 'title: Numbers'))).not.toBe(contentHash(page));
  });
});

describe('classifyTranslations', () => {
  it('tells current, outdated, missing, untracked and orphaned translations apart', () => {
    const sources = new Map([['a.md', 'h1'], ['b.md', 'h2'], ['c.md', 'h3'], ['d.md', 'h4']]);
    const translations = new Map([['fr', new Map<string, string | null>([['a.md', 'h1'], ['b.md', 'old'], ['c.md', null], ['gone.md', 'h9']])]]);
    const entries = classifyTranslations(sources, translations);
    expect(entries.map((e) => [e.page, e.status])).toEqual([
      ['a.md', 'current'],
      ['b.md', 'outdated'],
      ['c.md', 'untracked'],
      ['d.md', 'missing'],
      ['gone.md', 'orphaned'],
    ]);
    expect(coverage(entries)).toEqual(new Map([['fr', 25]]));
  });
});

describe('pinOf', () => {
  it('reads the source version a translation pins, or null without a pin', () => {
    expect(pinOf('---\ntranslation_of:\n  hash: 9fcb5b60bd22deaa\ntitle: T\n---\n\nText')).toBe('9fcb5b60bd22deaa');
    expect(pinOf('---\ntitle: T\n---\n\nText')).toBeNull();
  });
});

it('every shipped translation pins the current version of its English page', async () => {
  const {sources, translations} = await readTranslations(path.join(__dirname, '../../..'), ['ar', 'es', 'fr', 'ru', 'zh']);
  const stale = classifyTranslations(sources, translations).filter((e) => e.status === 'outdated' || e.status === 'untracked' || e.status === 'orphaned');
  expect(stale).toEqual([]);
});
