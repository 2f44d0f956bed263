/**
 * What the gateway says to members, in the site's six languages, from the
 * message files translators work on: i18n/_reference/gateway/messages.json
 * (English, the source) and i18n/<locale>/gateway/messages.json. They have the
 * format, completeness check, markup rule and dashboard row of the site's UI
 * strings (`npm run translations -- status`/`check`). Numbers are the only
 * parameters: a member's own text never goes through a message.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {LOCALE_INFO, TRANSLATED_LOCALES, isLocale, selectPlural} from '../locales';
import type {Locale} from '../locales';
import type englishFile from '../i18n/_reference/gateway/messages.json';

const I18N_DIR = path.join(__dirname, '..', 'i18n');
export const MESSAGE_FILE = 'gateway/messages.json';

/** Messages that count something: `{count}`, or a number of minutes, hours or questions in a sentence. */
export const COUNTED_KEYS = [
  'titleTooLong', 'questionTooLong', 'tooManyLinks', 'followUpTooLong', 'nameTooLong', 'countryTooLong',
  'tooManyRecommendations', 'tooLarge', 'limitBlock', 'limitBlockWaiting', 'limitUnproven', 'moderationTime',
  'confirmed', 'alreadyConfirmed', 'limitConfirmations', 'limitNotice', 'confirmLimit',
  'durationMinutes', 'durationHours', 'confirmedQuestions',
] as const;
export type CountedKey = (typeof COUNTED_KEYS)[number];

/** A message file: Docusaurus's translation-file format, `{key: {message, description?}}`. */
export function parseMessageFile(file: string, text: string): Map<string, string> {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`, {cause: error});
  }
  if (typeof content !== 'object' || content === null || Array.isArray(content)) throw new Error(`${file}: expected an object of messages, {"key": {"message": "…"}}`);
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(content)) {
    const message = (value as {message?: unknown} | null)?.message;
    if (typeof message !== 'string') throw new Error(`${file}: "${key}" has no "message" string`);
    messages.set(key, message);
  }
  return messages;
}

const readMessages = (folder: string) => {
  const file = path.join(I18N_DIR, folder, MESSAGE_FILE);
  return parseMessageFile(path.relative(process.cwd(), file), readFileSync(file, 'utf8'));
};

/** English, then each translation; a message a translation lacks is said in English. */
const ENGLISH = readMessages('_reference');
const MESSAGES = new Map<Locale, Map<string, string>>([['en', ENGLISH], ...TRANSLATED_LOCALES.map((locale) => [locale, readMessages(locale)] as const)]);

export type TextKey = Exclude<MessageKey, CountedKey>;
/** Every key of the English file (a unit test holds this list and the file together). */
export type MessageKey = string & keyof typeof englishFile;

function message(locale: Locale, key: string): string {
  const text = MESSAGES.get(locale)?.get(key) ?? ENGLISH.get(key);
  if (text === undefined) throw new Error(`no gateway message "${key}" in i18n/_reference/${MESSAGE_FILE}`);
  return text;
}

/** The sentence parts a counted message may hold, each a plural message of its own. */
const NESTED: Record<string, CountedKey> = {minutes: 'durationMinutes', hours: 'durationHours', questions: 'confirmedQuestions'};

function counted(locale: Locale, key: string, n: number): string {
  return selectPlural(locale, message(locale, key), n).replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (name === 'count') return String(n);
    const nested = NESTED[name];
    if (nested === undefined) throw new Error(`gateway message "${key}" (${locale}) has an unknown placeholder ${placeholder}`);
    return counted(locale, nested, n);
  });
}

/** A message in a locale: its text, with the number filled in if it counts one. */
export const text = (locale: Locale, key: TextKey): string => message(locale, key);

/** A message to show: its key, and the number it counts if any. */
export type Message = {key: TextKey} | {key: CountedKey; n: number};

export function say(locale: Locale, shown: Message): string {
  return 'n' in shown ? counted(locale, shown.key, shown.n) : message(locale, shown.key);
}

export const direction = (locale: Locale) => LOCALE_INFO[locale].direction;

/** The first of the site's languages in an `Accept-Language` header, else English. */
export function localeFromHeader(header: string | undefined): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().split('-')[0];
    if (isLocale(tag)) return tag;
  }
  return 'en';
}
