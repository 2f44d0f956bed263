import React, {type ReactNode, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {attendanceLabel, eventPageLabels, eventsSampleNotice, eventStatusLabel, eventTypeLabel, regionLabel} from '@site/src/lib/eventLabels';
import {agenda, filterEvents, NO_EVENT_FILTERS} from '@site/src/lib/eventFilters';
import {usePlural} from '@site/src/lib/usePlural';
import FilterSelect from '@site/src/components/FilterSelect';
import type {EventFilters} from '@site/src/lib/eventFilters';
import type {EventListItem, EventListProps} from '@site/plugins/events/routes';

function EventItem({event, upcoming, calendarLabel}: {event: EventListItem; upcoming: boolean; calendarLabel: string}) {
  const types = eventTypeLabel();
  const statuses = eventStatusLabel();
  const attendance = attendanceLabel();
  return (
    <li className="event-item" data-event={event.id} data-upcoming={String(upcoming)}>
      <Heading as="h3">
        {/* A full page load: event pages are written by the build, not routes. */}
        <a href={event.permalink} lang={event.title.lang}>{event.title.text}</a>
      </Heading>
      <p className="event-badges">
        <span className="badge badge--secondary">{types[event.type]}</span>{' '}
        <span className={`badge event-status event-status--${event.status}`} data-status={event.status}>{statuses[event.status]}</span>{' '}
        <span className="badge event-attendance">{attendance[event.attendance]}</span>
      </p>
      <p className="event-when">
        <time dateTime={event.startLocal}>{event.venueTime}</time> <span className="event-zone">({event.zoneName})</span>
        {event.venue && <> · {event.venue.city}, {event.venue.country.name}</>}
        {' · '}
        <a href={event.calendarUrl} download={`${event.id}.ics`}>{calendarLabel}</a>
      </p>
    </li>
  );
}

const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));

type FiltersProps = {
  events: EventListItem[];
  languages: EventListProps['languageOptions'];
  filters: EventFilters;
  onChange: (name: keyof EventFilters, value: string) => void;
};

function Filters({events, languages, filters, onChange}: FiltersProps) {
  const labelled = (values: string[], labels: Record<string, string>) => distinct(values).map((value) => ({value, label: labels[value] ?? value}));
  const any = translate({id: 'events.filter.any', message: 'Any', description: 'Event filter option that does not restrict the list'});
  return (
    <form className="forum-filters script-only" role="search" onSubmit={(event) => event.preventDefault()}>
      <FilterSelect name="type" label={translate({id: 'events.filter.type', message: 'Type', description: 'Event filter label: kind of event'})} any={any} value={filters.type} onChange={onChange}
        options={labelled(events.map((e) => e.type), eventTypeLabel())} />
      <FilterSelect name="region" label={translate({id: 'events.filter.region', message: 'Region', description: 'Event filter label: region'})} any={any} value={filters.region} onChange={onChange}
        options={labelled(events.flatMap((e) => e.regions), regionLabel())} />
      <FilterSelect name="studyGroup" label={translate({id: 'events.filter.studyGroup', message: 'Study group', description: 'Event filter label: study group'})} any={any} value={filters.studyGroup} onChange={onChange}
        options={distinct(events.flatMap((e) => e.studyGroups)).map((value) => ({value, label: value}))} />
      <FilterSelect name="attendance" label={translate({id: 'events.filter.attendance', message: 'Attendance', description: 'Event filter label: in person or online'})} any={any} value={filters.attendance} onChange={onChange}
        options={labelled(events.map((e) => e.attendance), attendanceLabel())} />
      <FilterSelect name="language" label={translate({id: 'events.filter.language', message: 'Language', description: 'Event filter label: language of the event'})} any={any} value={filters.language} onChange={onChange}
        options={languages} />
    </form>
  );
}

function Feeds({feeds}: {feeds: EventListProps['feeds']}) {
  const regions = regionLabel();
  return (
    <details className="margin-vert--md">
      <summary><Translate id="events.feeds.title" description="Heading of the calendar feeds readers can subscribe to">Subscribe in your calendar</Translate></summary>
      <p><Translate id="events.feeds.help" description="How to use the calendar feeds">Copy a link into your calendar application (“subscribe”, “add calendar from URL”): it shows new and changed events by itself.</Translate></p>
      <ul>
        {feeds.map((feed) => (
          <li key={feed.path}>
            <a href={feed.path} data-feed={feed.scope?.value ?? 'all'}>
              {!feed.scope
                ? translate({id: 'events.feeds.all', message: 'All events', description: 'Calendar feed of every event'})
                : feed.scope.kind === 'region' ? regions[feed.scope.value] : feed.scope.value}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Upcoming events, soonest first, then past events, in a static page that
 * works without JavaScript; with JavaScript, filters appear.
 */
export default function EventListPage({events, sample, feeds, asOf, languageOptions}: EventListProps): ReactNode {
  const isBrowser = useIsBrowser();
  const [filters, setFilters] = useState<EventFilters>(NO_EVENT_FILTERS);
  const shown = filterEvents(events, filters);
  const plural = usePlural();
  // As the build saw it, then (after hydration, so both renders agree) as of now.
  const [now] = useState(() => Date.now());
  const {upcoming, past} = isBrowser
    ? agenda(shown, now)
    : {upcoming: shown.filter((e) => e.upcoming), past: shown.filter((e) => !e.upcoming)};
  const title = translate({id: 'events.list.title', message: 'Events', description: 'Title of the event list page'});
  const calendarLabel = eventPageLabels().addToCalendar;
  const none = <p><Translate id="events.list.none" description="Shown when no event is in a section of the list">No event.</Translate></p>;
  return (
    <Layout title={title} description={translate({id: 'events.list.description', message: 'Workshops, training, study-group and regional-group meetings for developing countries, with remote participation, languages and deadlines.', description: 'Meta description of the event list page'})}>
      <main className="container margin-vert--lg event-page">
        <Heading as="h1">{title}</Heading>
        {sample && <p className="alert alert--warning" role="note">{eventsSampleNotice()}</p>}
        {/* In the HTML, shown once the page is interactive (.script-only): the list below does not move. */}
        <Filters events={events} languages={languageOptions} filters={filters} onChange={(name, value) => setFilters({...filters, [name]: value})} />
        <p role="status" className="forum-meta">
          {plural(translate({id: 'events.filter.count', message: '{shown} of {total} event|{shown} of {total} events', description: 'How many events match the filters (plural forms, by {total})'}, {shown: shown.length, total: events.length}), events.length)}{' · '}
          {/* "Upcoming" is decided when the site is built. */}
          <Translate id="events.list.asOf" description="When the list was last built; {date} is a day YYYY-MM-DD" values={{date: <time dateTime={asOf}>{asOf.slice(0, 10)}</time>}}>
            {'as of {date}'}
          </Translate>
        </p>
        <section data-testid="upcoming">
          <Heading as="h2"><Translate id="events.list.upcoming" description="Heading of the upcoming events">Upcoming</Translate></Heading>
          {upcoming.length > 0 ? <ul className="event-list">{upcoming.map((e) => <EventItem key={e.id} event={e} upcoming calendarLabel={calendarLabel} />)}</ul> : none}
        </section>
        <section data-testid="past">
          <Heading as="h2"><Translate id="events.list.past" description="Heading of the past events">Past</Translate></Heading>
          {past.length > 0 ? <ul className="event-list">{past.map((e) => <EventItem key={e.id} event={e} upcoming={false} calendarLabel={calendarLabel} />)}</ul> : none}
        </section>
        <Feeds feeds={feeds} />
      </main>
    </Layout>
  );
}
