import React, {lazy, Suspense, useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Whether this browser can save pages and read them offline. */
const canSaveOffline = () => 'serviceWorker' in navigator && 'caches' in window;

/** The panel, its code and its sizes load only when it comes into view: a reader who does not scroll to it pays nothing. */
// Named, so that a reader's bytes can be told apart from a prefetch of another page (tests/e2e/prefetch.test.ts).
const Panel = lazy(() => import(/* webpackChunkName: "offline-save" */ './Panel'));

/**
 * "Save the guidance in <language> for offline reading (X MB)", at the end of
 * the home page and of every guidance page (issue 23). The space is kept from
 * the start, so the panel appearing moves nothing on the page.
 */
export default function OfflineSave(): ReactNode {
  const place = useRef<HTMLElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = place.current;
    if (!element || !canSaveOffline() || !('IntersectionObserver' in window)) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setShown(true);
        observer.disconnect();
      }
    }, {rootMargin: '200px'});
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <section ref={place} className={styles.offlineSave} aria-label={translate({id: 'offline.save.label', message: 'Offline reading', description: 'Accessible name of the panel that saves a language for offline reading'})}>
      {shown && (
        <Suspense fallback={null}>
          <Panel />
        </Suspense>
      )}
    </section>
  );
}
