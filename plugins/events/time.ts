/**
 * Venue time to UTC with nothing but Intl: an event file gives wall-clock
 * times in the venue's IANA zone; feeds, JSON-LD and the reader's local time
 * need the instant. Pure functions, no Date.now().
 */
import {LOCALE_INFO} from '../../locales';

/** `YYYY-MM-DDTHH:mm`, as event files write local date-times. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** An Area/Location name (or UTC), as the IANA database writes them, that this Node's ICU knows. */
export function isTimeZone(zone: string): boolean {
  if (!/^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone});
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(zone: string) {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC, in minutes, at an instant (milliseconds since the epoch). */
export function offsetMinutes(instant: number, zone: string): number {
  const parts = Object.fromEntries(partsIn(zone).formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** A local date-time read as if it were UTC (milliseconds), or `undefined` if it is not one. */
function wallClock(local: string): number | undefined {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const date = new Date(wall);
  // Date.UTC rolls 31 April over to 1 May: such a date does not exist.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 ? wall : undefined;
}

export type Conversion =
  | {ok: true; utc: Date; offsetMinutes: number}
  | {ok: false; reason: 'invalid' | 'skipped'};

/**
 * The instant a venue's clock shows `local` (`YYYY-MM-DDTHH:mm`) in `zone`.
 * A time repeated when clocks go back is read as its first occurrence (as
 * RFC 5545 does); a time skipped when clocks go forward is `skipped`: the
 * event file must say a time that happens.
 */
export function toUtc(local: string, zone: string): Conversion {
  const wall = wallClock(local);
  if (wall === undefined) return {ok: false, reason: 'invalid'};
  // The offset a day either side covers any single change of offset.
  const candidates = [...new Set([offsetMinutes(wall - 86_400_000, zone), offsetMinutes(wall + 86_400_000, zone)])]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => instant + offsetMinutes(instant, zone) * 60_000 === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  return first === undefined ? {ok: false, reason: 'skipped'} : {ok: true, utc: new Date(first), offsetMinutes: offsetMinutes(first, zone)};
}

/** `+05:30`, `-02:30`, `+00:00`: an offset as ISO 8601 writes it. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `2027-03-14T09:00+05:30`: the local time with its offset (schema.org, `<time datetime>`). */
export const withOffset = (local: string, minutes: number): string => `${local}${formatOffset(minutes)}`;

/**
 * A zone's name in the reader's language ("East Africa Time", "heure normale
 * d'Afrique de l'Est", "东部非洲时间") rather than its IANA id: CLDR's generic
 * name, right in winter and summer alike (the UTC offset beside it says which
 * applies). A zone CLDR names only by its offset (UTC's generic name is
 * "GMT+00:00") takes its specific name ("Coordinated Universal Time").
 */
export function zoneName(zone: string, htmlLang: string, at: Date): string {
  const name = (timeZoneName: 'longGeneric' | 'long') =>
    new Intl.DateTimeFormat(htmlLang, {timeZone: zone, timeZoneName}).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? zone;
  const generic = name('longGeneric');
  const chosen = /\d/.test(generic) ? name('long') : generic;
  // French pages use one apostrophe, the straight one (TERMS.md); CLDR writes ’.
  return usesStraightApostrophe(htmlLang) ? chosen.replaceAll('’', "'") : chosen;
}

const usesStraightApostrophe = (htmlLang: string) =>
  Object.values(LOCALE_INFO).some((info) => info.htmlLang === htmlLang && info.typography.includes('french-spacing'));
