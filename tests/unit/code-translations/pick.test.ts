import {describe, expect, it} from 'vitest';
import {messagesNamedIn, registration} from '../../../plugins/code-translations/pick';
import messages, {registerCodeTranslations} from '../../../plugins/code-translations/registry';

const LOCALE = {
  'forum.ask.title': 'Poser une question',
  'forum.ask.field.country': 'Pays',
  'theme.navbar.mobileLanguageDropdown.label': 'Langues',
};

/** Runs a registration as the bundle would, with the registry's import replaced by `register`. */
function run(statement: string, register: (more: Record<string, string>) => void): void {
  const call = /^import \{registerCodeTranslations as __registerCodeTranslations\} from "[^"]+";(.+)$/s.exec(statement)?.[1];
  expect(call, 'one import, then one call').toBeDefined();
  new Function('__registerCodeTranslations', call ?? '')(register);
}

describe('messagesNamedIn', () => {
  it('keeps the strings whose id the code names, as a component compiled by SWC names them', () => {
    const code = 'import{jsx as _jsx}from"react/jsx-runtime";export default function Ask(){return _jsx("h1",{children:translate({id:"forum.ask.title",message:"Ask a question"})})}';
    expect(messagesNamedIn(code, LOCALE)).toEqual({'forum.ask.title': 'Poser une question'});
  });

  it('keeps nothing for code that names no id', () => {
    expect(messagesNamedIn('export const x = "forum.ask";', LOCALE)).toEqual({});
  });

  it('never keeps an empty id, which every code contains', () => {
    expect(messagesNamedIn('anything', {'': 'rien', ...LOCALE})).toEqual({});
  });
});

describe('registration', () => {
  it('hands the strings to the registry on one line, before the code it is put in front of', () => {
    const statement = registration({'forum.ask.title': 'Poser une question'}, '/site/plugins/code-translations/registry.ts');
    expect(statement).toMatchInlineSnapshot(`"import {registerCodeTranslations as __registerCodeTranslations} from "/site/plugins/code-translations/registry.ts";__registerCodeTranslations(JSON.parse("{\\"forum.ask.title\\":\\"Poser une question\\"}"));"`);
    expect(statement).not.toContain('\n');
  });

  it('carries hostile translations as data: quotes, backslashes, a closing script tag, line separators, template syntax', () => {
    const hostile = {
      'a.quote': 'l\'"étape" \\ suivante',
      'a.script': '</script><script>alert(1)</script>',
      'a.lines': 'one\u2028two\u2029three\nfour',
      'a.template': '${globalThis.pwned = 1}`',
      'a.code': '"));globalThis.pwned = 1;((“',
    };
    const received: Record<string, string>[] = [];
    run(registration(hostile, '/registry.ts'), (more) => received.push(more));
    expect(received).toEqual([hostile]);
    expect((globalThis as {pwned?: number}).pwned).toBeUndefined();
  });

  it('keeps an id named __proto__ a plain key: no other lookup changes', () => {
    const received: Record<string, string>[] = [];
    run(registration(JSON.parse('{"__proto__": "piège", "forum.ask.title": "Poser une question"}') as Record<string, string>, '/registry.ts'), (more) => received.push(more));
    expect(Object.keys(received[0] ?? {})).toEqual(['__proto__', 'forum.ask.title']);
  });
});

describe('the registry', () => {
  it('answers only the ids registered, never what every object inherits', () => {
    registerCodeTranslations({'forum.ask.title': 'Poser une question'});
    registerCodeTranslations(JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, string>);
    expect(messages['forum.ask.title']).toBe('Poser une question');
    expect(messages.constructor).toBeUndefined();
    expect(messages.toString).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
