import React, {lazy, Suspense, useCallback, useEffect, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {opensSearch} from '../../results';
import styles from './styles.module.css';

/** The dialog and its search code load when a reader first opens search, not with every page. */
const SearchDialog = lazy(() => import('./SearchDialog'));

/**
 * The navbar's search button (`/` or Ctrl+K also open it). Everything else
 * — the dialog, Pagefind and the index of the reader's language — is
 * fetched on first use. `placement="page"`: a wide button in a page's text
 * (the 404 page), without the shortcuts.
 */
export default function SearchBar({placement = 'navbar'}: {placement?: 'navbar' | 'page'}): ReactNode {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const show = useCallback(() => {
    setLoaded(true);
    setOpen(true);
  }, []);
  useEffect(() => {
    // The navbar's button answers the shortcuts; a second one on the page (the 404) would open a second dialog.
    if (placement !== 'navbar') return undefined;
    const onKey = (event: KeyboardEvent) => {
      const {key, ctrlKey, metaKey, altKey} = event;
      if (!open && opensSearch({key, ctrlKey, metaKey, altKey, target: event.target as HTMLElement | null})) {
        event.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, show, placement]);
  const label = translate({id: 'search.button', message: 'Search', description: 'Navbar button that opens the search'});
  return (
    <>
      <button type="button" className={placement === 'navbar' ? styles.button : styles.pageButton} onClick={show} aria-haspopup="dialog" aria-keyshortcuts="/ Control+K" data-search="offline">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
          <path d="M8.5 3a5.5 5.5 0 0 1 4.4 8.8l4 4-1.1 1.1-4-4A5.5 5.5 0 1 1 8.5 3zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8z" fill="currentColor" />
        </svg>
        <span className={styles.buttonLabel}>{label}</span>
        <kbd className={styles.key}>/</kbd>
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
