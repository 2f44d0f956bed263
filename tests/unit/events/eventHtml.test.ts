import {toHtml} from 'hast-util-to-html';
import {fromHtml} from 'hast-util-from-html';
import {selectAll} from 'hast-util-select';
import {describe, expect, it} from 'vitest';
import {renderEventBody} from '../../../plugins/events/eventHtml';
import {toJsonLd} from '../../../plugins/events/jsonLd';
import {view} from './views';
import type {EventLabels} from '../../../plugins/events/eventHtml';
import type {EventData} from '../../../plugins/events/types';

const labels = new Proxy({}, {get: (_, name) => (['types', 'statuses', 'attendance', 'regions', 'programmes'].includes(String(name)) ? new Proxy({}, {get: (__, key) => `[${String(key)}]`}) : `[${String(name)}]`)}) as EventLabels;
const paths = {recommendations: '/recommendations', events: '/events', indicators: '/indicators'};

function render(fields: Partial<EventData> = {}) {
  const event = view(fields);
  const html = toHtml(renderEventBody(event, {labels, paths, jsonLd: toJsonLd(event, 'https://bsg-hub.github.io')}));
  const tree = fromHtml(html, {fragment: true});
  const text = (selector: string) => selectAll(selector, tree).map((node) => node.children.map((child) => ('value' in child ? child.value : '')).join(''));
  return {html, tree, text, jsonLd: () => JSON.parse(text('script[type="application/ld+json"]')[0]!) as Record<string, unknown>};
}

const HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(1)> $& "\' \u202E';

describe('renderEventBody', () => {
  it('shows the times at the venue and in UTC, with machine-readable instants for the reader\'s own time', () => {
    const {tree, text} = render();
    // ICU writes narrow and thin spaces around times and dashes.
    expect(text('time').map((t) => t.replace(/[\u202f\u2009]/g, ' '))).toEqual(['Monday, March 15, 2027 at 9:00 AM – Tuesday, March 16, 2027 at 5:30 PM', 'Monday, March 15, 2027 at 6:00 AM – Tuesday, March 16, 2027 at 2:30 PM']);
    expect(selectAll('time', tree).map((node) => node.properties.dateTime)).toEqual(['2027-03-15T09:00+03:00', '2027-03-15T06:00:00.000Z']);
    expect(selectAll('[data-local-time]', tree).every((node) => node.properties.hidden === true)).toBe(true);
  });

  it('names the venue\'s zone in the page\'s language, its IANA id only in the calendar file', () => {
    const french = view({}, 'fr');
    const frenchLabels = new Proxy(labels, {get: (target, name) => (name === 'venueTime' ? 'Sur place ({zone})' : Reflect.get(target, name))});
    const html = toHtml(renderEventBody(french, {labels: frenchLabels, paths, jsonLd: toJsonLd(french, 'https://bsg-hub.github.io')}));
    expect(html).toContain("<dt>Sur place (heure normale d'Afrique de l'Est)</dt>");
    expect(html).not.toContain('Africa/Nairobi');
    expect(french.timezone).toBe('Africa/Nairobi');
  });

  it('says how to join, the languages, deadlines, organisers and Recommendations, and links the calendar file', () => {
    const {text, tree} = render({registration: {url: 'https://example.org/r', deadline: '2027-03-01'}, fellowships: {deadline: '2027-01-31'}, interpretation: ['en', 'fr', 'ar']});
    expect(text('dd').join(' | ')).toContain('[joinAfterRegistration]');
    expect(text('dd').join(' | ')).toContain('English, French, Arabic');
    expect(selectAll('dd a', tree).map((a) => a.properties.href)).toEqual(['https://example.org/r', '/study-groups/SG12', '/recommendations/E.800']);
    expect(selectAll('[data-testid="add-to-calendar"]', tree)[0]?.properties).toMatchObject({href: '/events/sample-workshop.ics', download: 'sample-workshop.ics'});
    expect(text('.alert')).toEqual(['[sample]']);
  });

  it('keeps hostile event text as text, in the page and in the JSON-LD', () => {
    const {tree, text, jsonLd, html} = render({title: {en: HOSTILE}, summary: {en: HOSTILE}, venue: {city: HOSTILE, country: 'KE'}, documents: [{title: HOSTILE, url: 'https://example.org/d'}]});
    expect(selectAll('script', tree)).toHaveLength(1);
    expect(selectAll('img, [onerror]', tree)).toHaveLength(0);
    expect(text('h1')).toEqual([HOSTILE]);
    expect(jsonLd().name).toBe(HOSTILE);
    expect(html).not.toContain('</script><script>');
  });
});

describe('toJsonLd', () => {
  it('describes a mixed event: place and virtual location, status, languages, organisers', () => {
    expect(toJsonLd(view({status: 'moved-online', attendance: 'online', venue: undefined, remote: {access: 'public', url: 'https://example.org/join'}}), 'https://bsg-hub.github.io')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Workshop on quality of service',
      description: 'Two days on measuring mobile quality of service with ITU-T E.800.',
      url: 'https://bsg-hub.github.io/events/sample-workshop',
      startDate: '2027-03-15T09:00+03:00',
      endDate: '2027-03-16T17:30+03:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventMovedOnline',
      location: [{'@type': 'VirtualLocation', url: 'https://example.org/join'}],
      inLanguage: ['en', 'fr'],
      organizer: [
        {'@type': 'Organization', name: 'ITU-T SG12RG-AFR', url: 'https://bsg-hub.github.io/study-groups/SG12'},
        {'@type': 'Organization', name: 'ITU-T TSB'},
      ],
    });
    const mixed = toJsonLd(view(), 'https://bsg-hub.github.io');
    expect(mixed.location).toEqual([
      {'@type': 'Place', name: 'Nairobi', address: {'@type': 'PostalAddress', addressLocality: 'Nairobi', addressCountry: 'KE'}},
      {'@type': 'VirtualLocation', url: 'https://bsg-hub.github.io/events/sample-workshop'},
    ]);
  });
});
