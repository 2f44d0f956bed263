/**
 * Which UI strings a module needs, and the code that hands them over (see ./index.ts).
 *
 * A module needs the translation of every id it names: it shows that string,
 * or passes the id to code that does. Ids are written out in full
 * (`translate({id: 'forum.ask.title'})`, `<Translate id="…">`), as Docusaurus's
 * extraction of UI strings requires, so finding the id in the module's code is
 * enough. An id named in a comment or in a longer id only costs a few bytes.
 */
export function messagesNamedIn(code: string, messages: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).filter(([id]) => id !== '' && code.includes(id)));
}

/**
 * A statement to put before a module's code, so that its strings are
 * registered before the module runs. One line, so that a source map stays true.
 * The strings come from translation files: they travel as one JSON string,
 * parsed, never as code.
 */
export function registration(picked: Readonly<Record<string, string>>, registryPath: string): string {
  const json = JSON.stringify(picked);
  return `import {registerCodeTranslations as __registerCodeTranslations} from ${JSON.stringify(registryPath)};__registerCodeTranslations(JSON.parse(${JSON.stringify(json)}));`;
}
