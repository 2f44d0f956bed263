import {describe, expect, it} from 'vitest';
import {classifyTranslations, coverage} from '../../../plugins/translations/status/classify';
import {contentHash} from '../../../plugins/translations/status/contentHash';
import {describeChange} from '../../../plugins/translations/status/change';
import {readPin, repin, withPin} from '../../../plugins/translations/status/pin';
import {pinOf} from '../../../plugins/translations/status/readTranslations';

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
    expect(pinOf('---\ntranslation_of:\n  hash: 9fcb5b60bd22deaa\ntitle: T\n---\n\nText')).toEqual({hash: '9fcb5b60bd22deaa'});
    expect(pinOf('---\ntitle: T\n---\n\nText')).toBeNull();
  });
});

describe('readPin', () => {
  it('says what is wrong with a malformed pin', () => {
    const {pin, problems} = readPin({translation_of: {hash: 'abc', commit: 'HEAD'}});
    expect(pin).toBeNull();
    expect(problems.map((p) => [p.path.join('.'), p.expected])).toEqual([
      ['translation_of.hash', expect.stringContaining('16-hex-digit content hash')],
      ['translation_of.commit', expect.stringContaining('40-hex-digit git commit')],
    ]);
  });
});

describe('withPin', () => {
  it('puts the pin first in the front matter, or adds front matter', () => {
    const pinned = withPin(page, {hash: '9fcb5b60bd22deaa', commit: 'a'.repeat(40)});
    expect(pinned.startsWith(`---\ntranslation_of:\n  hash: 9fcb5b60bd22deaa\n  commit: ${'a'.repeat(40)}\ntitle: Numbering\n`)).toBe(true);
    expect(pinOf(withPin('Just text.\n', {hash: '9fcb5b60bd22deaa'}))).toEqual({hash: '9fcb5b60bd22deaa'});
  });
});

describe('describeChange', () => {
  const v1 = '---\ntitle: T\n---\n\nLead.\n\n## Plan\n\nOne.\nTwo.\n\n## Draft\n\nThree.\n';

  it('counts changed lines and names the sections they are in', () => {
    const v2 = v1.replace('Two.', 'Two, revised.').replace('Three.', 'Three.\nFour.');
    expect(describeChange(v1, v2)).toEqual({lines: 3, sections: ['Plan', 'Draft']});
  });

  it('names added and removed sections, and the introduction as ""', () => {
    expect(describeChange(v1, v1.replace('## Draft\n\nThree.\n', '## Review\n\nThree.\n')).sections).toEqual(['Review', 'Draft']);
    expect(describeChange(v1, v1.replace('Lead.', 'Lead, longer.')).sections).toEqual(['']);
  });

  it('sees no change where the meaning did not change', () => {
    expect(describeChange(v1, v1.replace('One.', 'One.   ').replace('## Draft', '\n\n## Draft'))).toEqual({lines: 0, sections: []});
  });
});

describe('repin', () => {
  const pinned = '---\ntitle: Plan\ntranslation_of:\n  hash: 0000000000000000\n  commit: ' + 'b'.repeat(40) + '\ndescription: D\n---\n\nTexte.\n';

  it('replaces the pin, keeping every other line', () => {
    const updated = repin(pinned, {hash: '9fcb5b60bd22deaa'});
    expect(updated).toBe('---\ntranslation_of:\n  hash: 9fcb5b60bd22deaa\ntitle: Plan\ndescription: D\n---\n\nTexte.\n');
  });

  it('adds a pin to an untracked translation', () => {
    expect(pinOf(repin('---\ntitle: Plan\n---\n\nTexte.\n', {hash: '9fcb5b60bd22deaa'}))).toEqual({hash: '9fcb5b60bd22deaa'});
  });
});
