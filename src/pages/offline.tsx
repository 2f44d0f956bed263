import React, {useEffect, useState, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {readSaved, type SavedLanguage} from '@site/src/lib/offlineSave';
import type {SavedPage} from '@site/plugins/offline/savedSet';

/** A saved page's title without the site's name ("Fellowships | BSG Hub" → "Fellowships"). */
const shortTitle = (page: SavedPage) => page.title.replace(/\s*\|\s*BSG Hub$/, '');

function PageList({pages}: {pages: readonly SavedPage[]}): ReactNode {
  return (
    <ul>
      {pages.map((page) => (
        <li key={page.url}>
          <Link to={page.url}>{shortTitle(page)}</Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The page the service worker sends a reader to when a page is neither online
 * nor saved (issue 23): it says so, in the reader's language, and lists what
 * is saved on this device. Saved itself with the guidance.
 */
export default function Offline(): ReactNode {
  const baseUrl = useBaseUrl('/');
  const heading = translate({id: 'offline.page.heading', message: 'You are offline', description: 'Main heading and title of the offline page'});
  const [saved, setSaved] = useState<SavedLanguage | null>();
  const [from, setFrom] = useState<string | null>(null);
  // Read after hydration: the server-rendered page knows neither the address asked for nor the device's caches.
  useEffect(() => {
    const asked = new URLSearchParams(window.location.search).get('from');
    const show = (found: SavedLanguage | undefined) => {
      setFrom(asked);
      setSaved(found ?? null);
    };
    readSaved(baseUrl).then(show, () => show(undefined));
  }, [baseUrl]);
  return (
    <Layout title={heading}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">{heading}</Heading>
        {from && (
          <p>
            {translate({id: 'offline.page.unsaved', message: 'This page is not saved on this device: {page}', description: 'Offline page: the page the reader asked for is not saved; {page} is its address'}, {page: from})}
          </p>
        )}
        {saved === null && (
          <p>
            {translate({id: 'offline.page.nothing', message: 'No page is saved on this device.', description: 'Offline page: nothing is saved in this language'})}
          </p>
        )}
        {saved && (
          <>
            <p>{translate({id: 'offline.page.saved', message: 'Pages saved on this device:', description: 'Offline page: introduces the list of saved pages'})}</p>
            <PageList pages={[...saved.manifest.pages.guidance, ...(saved.parts.includes('forum') ? saved.manifest.pages.forum : [])]} />
          </>
        )}
      </main>
    </Layout>
  );
}
