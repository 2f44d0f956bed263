import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readEventFiles, validateEvents} from '../../../plugins/events/loadEvents';
import {formatProblems} from '../../../plugins/utils/problems';
import type {EventCatalogue} from '../../../plugins/events/rules';

const siteDir = path.join(__dirname, '../../fixtures/events');
const catalogue: EventCatalogue = {
  studyGroups: new Set(['SG12', 'SG20']),
  regionalGroups: new Map([['SG12RG-AFR', 'africa']]),
  recommendations: new Set(['E.164', 'G.709', 'Y.1331']),
};
const validate = (dir: string) => validateEvents(readEventFiles(siteDir, path.join(siteDir, dir)), catalogue);

describe('validateEvents', () => {
  it('reads a valid event file into a typed event', () => {
    const {events, problems} = validate('valid');
    expect(problems).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({id: 'sg12rg-afr-qos-workshop', start: '2027-03-14T09:00', venue: {country: 'KE'}, programmes: [2, 3]});
  });

  it('reads no event from a folder that does not exist', () => {
    expect(validate('missing')).toEqual({events: [], problems: []});
  });

  it('reports every problem of every file at once, one fixture per broken rule, with file, line, field, found and expected', () => {
    const {events, problems} = validate('invalid');
    expect(events).toEqual([]);
    expect(formatProblems('Invalid events', problems, 'See README.md, section "Events".')).toMatchInlineSnapshot(`
      "Invalid events: 25 problem(s) in 21 file(s).
      - invalid/bad-date-format.yml:12 start: found '14/03/2027 09:00', expected a local date-time YYYY-MM-DDTHH:mm on the venue’s clock
      - invalid/bad-last-changed.yml:32 last_changed: found '2026-11-20', expected a UTC time YYYY-MM-DDTHH:mmZ, raised whenever the entry changes
      - invalid/bad-programmes.yml:10 programmes[1]: found 5, expected 1 to 4 distinct programme numbers of Resolution 44 (1, 2, 3, 4)
      - invalid/bad-programmes.yml:10 programmes[2]: found 2, expected 1 to 4 distinct programme numbers of Resolution 44 (1, 2, 3, 4)
      - invalid/bad-type.yml:2 type: found 'conference', expected one of workshop, seminar, training, study-group-meeting, regional-group-meeting, webinar
      - invalid/broken-yaml.yml:9 (yaml): is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
      - invalid/deadline-after-start.yml:27 fellowships.deadline: found '2027-03-20', expected a day on or before the start (2027-03-14)
      - invalid/end-before-start.yml:13 end: found '2027-03-14T08:00', expected a time after the start (2027-03-14T09:00)
      - invalid/hostile-url.yml:24 registration.url: found 'javascript:alert(1)', expected an https:// address
      - invalid/id-mismatch.yml:1 id: found 'another-name', expected the file name without .yml (id-mismatch): rename one of them
      - invalid/impossible-date.yml:12 start: found '2027-02-30T09:00', expected a real date and time YYYY-MM-DDTHH:mm
      - invalid/in-person-without-venue.yml:1 venue: found nothing (the field is missing), expected a venue {city, country}: attendance is in-person
      - invalid/missing-fields.yml:1 title: found nothing (the field is missing), expected titles by language code, e.g. {en: …, fr: …}
      - invalid/missing-fields.yml:1 start: found nothing (the field is missing), expected a local date-time YYYY-MM-DDTHH:mm on the venue’s clock
      - invalid/moved-online-in-person.yml:18 attendance: found 'mixed', expected online: the status is moved-online
      - invalid/online-without-remote.yml:1 remote: found nothing (the field is missing), expected how to join remotely: attendance is online
      - invalid/skipped-time.yml:12 start: found '2027-03-28T02:30', expected a time that happens in Europe/Zurich (clocks go forward over it)
      - invalid/title-not-in-main-language.yml:4 title: found [ 'en', 'fr' ], expected a title in the event’s main language (sw), the first of its languages
      - invalid/title-not-in-main-language.yml:7 summary: found [ 'en' ], expected a summary in the event’s main language (sw), the first of its languages
      - invalid/unknown-country.yml:17 venue.country: found 'ZZ', expected an assigned ISO 3166-1 country code
      - invalid/unknown-language.yml:8 languages[1]: found 'xx', expected a known language code such as en, fr, sw or pt-BR
      - invalid/unknown-organiser.yml:9 organisers[0]: found 'SG12RG-LATAM', expected a study group or regional group listed in data/study-groups.yml, or TSB
      - invalid/unknown-organiser.yml:9 organisers[1]: found 'SG9', expected a study group or regional group listed in data/study-groups.yml, or TSB
      - invalid/unknown-recommendation.yml:11 recommendations[0]: found 'Q.9999', expected a Recommendation in data/recommendations/ (add it there first)
      - invalid/unknown-timezone.yml:14 timezone: found 'Europe/Geneva', expected an IANA time zone such as Africa/Nairobi or Asia/Kolkata (Geneva is Europe/Zurich)
      See README.md, section "Events"."
    `);
  });
});
