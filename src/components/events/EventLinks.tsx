import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import {eventsSampleNotice} from '@site/src/lib/eventLabels';
import type {EventLink} from '@site/plugins/catalogue/join';

/**
 * Events that concern a page (a Recommendation, a study group; the next ones
 * on the home page), upcoming first, with the sample notice when any is made up.
 */
export default function EventLinks({events, empty}: {events: EventLink[]; empty: ReactNode}): ReactNode {
  return (
    <>
      {events.some((event) => event.sample) && <p className="alert alert--warning" role="note">{eventsSampleNotice()}</p>}
      {events.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="event-links" data-testid="event-links">
          {events.map((event) => (
            <li key={event.permalink} data-upcoming={String(event.upcoming)}>
              {/* Event pages are written by the build, not routes: a full page load. */}
              <a href={event.permalink} lang={event.lang}>{event.title}</a> — {event.when}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/events">
          <Translate id="events.links.all" description="Link from a page that lists a few events to the list of all events">All events</Translate>
        </Link>
      </p>
    </>
  );
}
