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

  it('drops what XML 1.0 and HTML forbid: U+FFFE, U+FFFF, lone surrogates, noncharacters; keeps every pair', () => {
    const forbidden = '\uFFFE\uFFFF\uDFFF\uD800\uFDD0\u{1FFFE}\u{10FFFF}';
    expect(oneLine(`A${forbidden} title 😀`)).toBe('A title 😀');
    expect(withoutControls(`A\tbody${forbidden}\n😀 \u{10000}`)).toBe('A\tbody\n😀 \u{10000}');
  });
});
