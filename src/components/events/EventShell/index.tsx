import React, {type ReactNode, useEffect} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import {eventPageLabels} from '@site/src/lib/eventLabels';
import {jsonForScript} from '@site/plugins/utils/jsonScript';
import {zoneName} from '@site/plugins/events/time';
import {usePrerenderedSlot} from '@site/src/lib/usePrerenderedSlot';

const SLOT = 'event-page';

/** Writes the event's times in the reader's own zone and language beside the venue's and UTC. */
function showLocalTime(slot: HTMLElement, locale: string) {
  const utc = slot.querySelector<HTMLElement>('[data-utc-start]');
  const value = slot.querySelector<HTMLElement>('[data-local-time="value"]');
  const term = slot.querySelector<HTMLElement>('[data-local-time="term"]');
  if (!utc?.dataset.utcStart || !utc.dataset.utcEnd || !value || !term) return;
  const format = new Intl.DateTimeFormat(locale, {dateStyle: 'full', timeStyle: 'short'});
  const start = new Date(utc.dataset.utcStart);
  const zone = zoneName(format.resolvedOptions().timeZone, locale, start);
  value.textContent = `${format.formatRange(start, new Date(utc.dataset.utcEnd))} (${zone})`;
  value.hidden = false;
  term.hidden = false;
}

/**
 * The template of every event page. The build renders it once, with the
 * event words in the page's language; after the build the events plugin
 * writes one page per event from it, with the event in the slot (see
 * plugins/events/writeEventPages.ts). Events are not Docusaurus routes.
 */
export default function EventShell(): ReactNode {
  const labels = eventPageLabels();
  const {html, title, needsBuild} = usePrerenderedSlot(SLOT);
  useEffect(() => {
    const slot = document.getElementById(SLOT);
    if (html !== '' && slot) showLocalTime(slot, document.documentElement.lang);
  }, [html]);
  return (
    <Layout title={title || translate({id: 'events.page.title', message: 'Event', description: 'Title of an event page before its event loads'})}>
      <main className="container margin-vert--lg event-page">
        <script type="application/json" id="event-page-labels" dangerouslySetInnerHTML={{__html: jsonForScript(labels)}} />
        <div id={SLOT} dangerouslySetInnerHTML={{__html: html}} />
        {needsBuild && (
          <p className="alert alert--info" role="note">
            <Translate id="events.page.needsBuild" description="Shown on an event page that the build has not written (development server)">
              Event pages are written by the production build: run npm run build, then npm run serve.
            </Translate>
          </p>
        )}
      </main>
    </Layout>
  );
}
