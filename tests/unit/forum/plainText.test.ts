import {describe, expect, it} from 'vitest';
import {oneLine, withoutControls} from '../../../plugins/forum/plainText';

describe('text from GitHub', () => {
  it('makes a title one line without controls or bidi overrides', () => {
    expect(oneLine('Numbers\u0000 and\nranges\u001b[2J')).toBe('Numbers and ranges [2J');
    // An override would make " | BSG Hub" and the links after the title read backwards.
    expect(oneLine('Free \u202Egnirts\u202C and \u2066isolated\u2069')).toBe('Free gnirts and isolated');
  });

  it('keeps the marks Arabic text needs, and every script', () => {
    expect(oneLine('كيف \u200Fنضيف E.164\u200E؟ 如何 Как')).toBe('كيف \u200Fنضيف E.164\u200E؟ 如何 Как');
  });

  it('keeps tabs and line breaks of a post, drops the other controls', () => {
    expect(withoutControls('a\tb\r\nc\u0000d\u0007e\u0085')).toBe('a\tb\r\ncde');
  });
});
