import {describe, expect, it} from 'vitest';
import {formatOffset, isTimeZone, offsetMinutes, toUtc, zoneName} from '../../../plugins/events/time';
import {LOCALES, LOCALE_INFO} from '../../../locales';

const utc = (local: string, zone: string) => {
  const result = toUtc(local, zone);
  return result.ok ? `${result.utc.toISOString()} ${formatOffset(result.offsetMinutes)}` : result.reason;
};

describe('toUtc', () => {
  it('converts whole-hour zones on either side of a daylight-saving change', () => {
    // Europe: clocks go forward on the last Sunday of March 2027 (28 March, 01:00 UTC).
    expect(utc('2027-03-27T09:00', 'Europe/Zurich')).toBe('2027-03-27T08:00:00.000Z +01:00');
    expect(utc('2027-03-29T09:00', 'Europe/Zurich')).toBe('2027-03-29T07:00:00.000Z +02:00');
    expect(utc('2027-11-08T14:00', 'America/New_York')).toBe('2027-11-08T19:00:00.000Z -05:00');
    expect(utc('2027-11-06T14:00', 'America/New_York')).toBe('2027-11-06T18:00:00.000Z -04:00');
  });

  it('converts half-hour and quarter-hour offsets', () => {
    expect(utc('2027-01-15T10:00', 'Asia/Kolkata')).toBe('2027-01-15T04:30:00.000Z +05:30');
    expect(utc('2027-07-15T10:00', 'Asia/Kathmandu')).toBe('2027-07-15T04:15:00.000Z +05:45');
    // Adelaide: +10:30 in its summer (January), +09:30 in July.
    expect(utc('2027-01-15T10:00', 'Australia/Adelaide')).toBe('2027-01-14T23:30:00.000Z +10:30');
    expect(utc('2027-07-15T10:00', 'Australia/Adelaide')).toBe('2027-07-15T00:30:00.000Z +09:30');
    // St John's: -03:30, and -02:30 in daylight-saving time.
    expect(utc('2027-01-15T10:00', 'America/St_Johns')).toBe('2027-01-15T13:30:00.000Z -03:30');
    expect(utc('2027-07-15T10:00', 'America/St_Johns')).toBe('2027-07-15T12:30:00.000Z -02:30');
  });

  it('reports a time the clocks skip, and reads a repeated time as its first occurrence', () => {
    expect(utc('2027-03-28T02:30', 'Europe/Zurich')).toBe('skipped');
    expect(utc('2027-03-14T02:30', 'America/St_Johns')).toBe('skipped');
    // 01:30 happens twice on 7 November 2027 in New York: first at -04:00.
    expect(utc('2027-11-07T01:30', 'America/New_York')).toBe('2027-11-07T05:30:00.000Z -04:00');
    // Adelaide goes back from +10:30 to +09:30 at 03:00 on 4 April 2027.
    expect(utc('2027-04-04T02:30', 'Australia/Adelaide')).toBe('2027-04-03T16:00:00.000Z +10:30');
  });

  it('rejects dates and times that do not exist in any zone', () => {
    expect(utc('2027-02-29T10:00', 'UTC')).toBe('invalid');
    expect(utc('2027-04-31T10:00', 'UTC')).toBe('invalid');
    expect(utc('2027-04-01T24:00', 'UTC')).toBe('invalid');
    expect(utc('2027-04-01 10:00', 'UTC')).toBe('invalid');
    expect(utc('2028-02-29T23:59', 'UTC')).toBe('2028-02-29T23:59:00.000Z +00:00');
  });
});

describe('offsetMinutes', () => {
  it('follows the zone at the instant', () => {
    expect(offsetMinutes(Date.UTC(2027, 0, 1), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(Date.UTC(2027, 0, 1), 'America/St_Johns')).toBe(-210);
  });
});

describe('isTimeZone', () => {
  it('accepts IANA Area/Location names, current and older spellings', () => {
    expect(['Asia/Kolkata', 'Asia/Calcutta', 'America/Argentina/Buenos_Aires', 'UTC', 'Africa/Nairobi', 'Europe/Kyiv'].filter((zone) => !isTimeZone(zone))).toEqual([]);
  });

  // Geneva has no zone of its own: it keeps Europe/Zurich's time.
  it('rejects offsets, abbreviations, unknown places and hostile text', () => {
    expect(['+05:30', 'IST', 'CET', 'Mars/Olympus_Mons', 'Europe/Zurich<script>', 'Europe/Geneva', '', 'utc', 'Europe/'].filter(isTimeZone)).toEqual([]);
  });
});

describe('zoneName', () => {
  const winter = new Date('2027-03-15T06:00Z');
  const summer = new Date('2027-07-15T06:00Z');
  const names = (zone: string, at: Date) => Object.fromEntries(LOCALES.map((locale) => [locale, zoneName(zone, LOCALE_INFO[locale].htmlLang, at)]));

  it('names a zone in each language, not by its IANA id', () => {
    expect(names('Africa/Nairobi', winter)).toEqual({
      en: 'East Africa Time',
      ar: 'توقيت شرق أفريقيا',
      es: 'hora de África oriental',
      fr: "heure normale d'Afrique de l'Est",
      ru: 'Восточная Африка',
      zh: '东部非洲时间',
    });
  });

  it('gives a zone with summer time the same name all year (the offset beside it tells which applies)', () => {
    expect(names('Europe/Zurich', winter)).toEqual(names('Europe/Zurich', summer));
    expect(names('Europe/Zurich', summer)).toEqual({
      en: 'Central European Time',
      ar: 'توقيت وسط أوروبا',
      es: 'hora de Europa central',
      fr: "heure d'Europe centrale",
      ru: 'Центральная Европа',
      zh: '中欧时间',
    });
  });

  it('names UTC in words, not as an offset', () => {
    expect(names('UTC', winter)).toEqual({
      en: 'Coordinated Universal Time',
      ar: 'التوقيت العالمي المنسق',
      es: 'tiempo universal coordinado',
      fr: 'temps universel coordonné',
      ru: 'Всемирное координированное время',
      zh: '协调世界时',
    });
  });

  it('names every venue zone of the events on record in every language', () => {
    for (const zone of ['Africa/Cairo', 'Africa/Dakar', 'America/Asuncion', 'Asia/Almaty', 'Asia/Kolkata', 'Pacific/Fiji'])
      for (const locale of LOCALES) expect(zoneName(zone, LOCALE_INFO[locale].htmlLang, winter), `${zone} in ${locale}`).not.toMatch(/\/|GMT|UTC[+-]/);
  });
});
