import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readEventFiles} from '../../../plugins/events/loadEvents';
import {toReferences} from '../../../plugins/events/references';

const fixtures = path.join(__dirname, '../../fixtures/events');
const context = {htmlLang: 'fr', locale: 'fr', now: new Date('2026-12-01T00:00Z'), paths: {events: '/fr/events', studyGroups: '/fr/study-groups'}};

describe('toReferences', () => {
  it('points from an event to its Recommendations and to the study groups of its organisers, in the page\'s language', () => {
    const {recommendationReferences, studyGroupReferences} = toReferences(readEventFiles(fixtures, path.join(fixtures, 'valid')), context);
    const event = {when: expect.stringContaining('14 mars 2027') as string, upcoming: true, sample: true, lang: 'fr'};
    expect(recommendationReferences).toEqual([{recommendation: 'E.164', kind: 'event', title: 'Atelier sur la mesure de la qualité de service', permalink: '/fr/events/sg12rg-afr-qos-workshop', event}]);
    expect(studyGroupReferences).toEqual([{studyGroup: 'SG12', kind: 'event', title: 'Atelier sur la mesure de la qualité de service', permalink: '/fr/events/sg12rg-afr-qos-workshop', event}]);
  });

  it('leaves out events that do not validate (the build reports them)', () => {
    const {recommendationReferences} = toReferences(readEventFiles(fixtures, path.join(fixtures, 'invalid')), context);
    const referenced = new Set(recommendationReferences.map((r) => r.permalink.replace('/fr/events/', '')));
    for (const broken of ['bad-type', 'missing-fields', 'broken-yaml', 'unknown-timezone', 'skipped-time', 'impossible-date', 'bad-date-format']) {
      expect(referenced.has(broken), broken).toBe(false);
    }
    // Rules across fields and the catalogue are left to the build's validation.
    expect(referenced.has('unknown-country')).toBe(true);
  });
});
