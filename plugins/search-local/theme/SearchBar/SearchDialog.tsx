import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {statusLabel} from '@site/src/components/forum/common';
import {usePlural} from '@site/src/lib/usePlural';
import {askQuestionUrl, KINDS, moveFocus, toResultView} from '../../results';
import {foundOnlyStrays} from '../../strayMatches';
import type {Kind, PagefindData, ResultView} from '../../results';
import type {MatchedPage} from '../../strayMatches';
import type {UnreviewedState} from '../../../translations/notice/translationState';
import styles from './styles.module.css';

type Pagefind = {
  options: (options: {noWorker?: boolean}) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (term: string, options: {filters?: Record<string, string>}, ms: number) => Promise<{results: Hit[]} | null>;
};

type Hit = {data: () => Promise<PagefindData & MatchedPage>};

/** The last search that finished (the results shown so far of `total`), or why search is not available. */
type State = {phase: 'done'; query: string; kind: Kind | 'all'; results: ResultView[]; total: number} | {phase: 'failed'} | null;

/** The development server builds no index. */
const DEV = process.env.NODE_ENV === 'development';

/** Results shown at a time: each one downloads its page's excerpt data (about 2 KB). */
const PAGE = 5;

const kindLabel = (): Record<Kind | 'all', string> => ({
  all: translate({id: 'search.kind.all', message: 'All', description: 'Search filter: every kind of page'}),
  guidance: translate({id: 'search.kind.guidance', message: 'Guidance', description: 'Search filter and result label: guidelines, handbooks and mentor guidance'}),
  forum: translate({id: 'search.kind.forum', message: 'Questions', description: 'Search filter and result label: forum threads'}),
  recommendation: translate({id: 'search.kind.recommendation', message: 'Recommendations', description: 'Search filter and result label: ITU-T Recommendation pages'}),
});

const translationLabel = (): Record<UnreviewedState, string> => ({
  machine: translate({id: 'search.translation.machine', message: 'Machine translation', description: 'Search result label: a page translated by machine, not yet reviewed by a person'}),
  draft: translate({id: 'search.translation.draft', message: 'Unreviewed translation', description: 'Search result label: a page translated by a volunteer, not yet reviewed'}),
});

/** Pagefind's excerpt is HTML with `<mark>`: keep the marks, show everything else as text. */
function Excerpt({html}: {html: string}): ReactNode {
  const nodes = Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  return nodes.map((node, i) => (node.nodeName === 'MARK' ? <mark key={i}>{node.textContent}</mark> : node.textContent));
}

/** The search dialog: a field, a filter by kind, and results from the index of the page's language. */
export default function SearchDialog({open, onClose}: {open: boolean; onClose: () => void}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const plural = usePlural();
  const askPage = useBaseUrl('/forum/ask');
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const pagefind = useRef<Promise<Pagefind> | null>(null);
  const hits = useRef<Hit[]>([]);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const [state, setState] = useState<State>(null);
  const term = query.trim();
  // Until the search for what is typed and picked has answered, the results shown are an earlier search's.
  const busy = term !== '' && !DEV && state?.phase !== 'failed' && !(state?.phase === 'done' && state.query === term && state.kind === kind);
  const labels = kindLabel();
  const status = statusLabel();
  const translations = translationLabel();

  const load = (from: number) => Promise.all(hits.current.slice(from, from + PAGE).map(async (hit) => toResultView(await hit.data())));

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);

  useEffect(() => {
    if (term === '' || DEV) return;
    // The index is built next to the default locale's pages; Pagefind picks the index of <html lang>.
    const bundle = `${i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? '/'}pagefind/pagefind.js`;
    pagefind.current ??= import(/* webpackIgnore: true */ bundle).then(async (module: Pagefind) => {
      // Searching a site this size takes milliseconds: a worker would cost 12 KB more to download.
      await module.options({noWorker: true});
      await module.init();
      return module;
    });
    let current = true;
    pagefind.current
      .then((pf) => pf.debouncedSearch(term, kind === 'all' ? {} : {filters: {kind}}, 150))
      .then(async (search) => {
        if (!search || !current) return;
        // A made-up word finds the pages of a short word it begins with (the series letter Q for qwxkjvb): nothing found.
        const best = await search.results[0]?.data();
        if (!current) return;
        hits.current = best && foundOnlyStrays(term, best) ? [] : search.results;
        const results = await load(0);
        if (current) setState({phase: 'done', query: term, kind, results, total: hits.current.length});
      })
      .catch(() => {
        pagefind.current = null;
        if (current) setState({phase: 'failed'});
      });
    return () => {
      current = false;
    };
  }, [term, kind, i18n]);

  const showMore = async () => {
    if (state?.phase !== 'done') return;
    const more = await load(state.results.length);
    setState({...state, results: [...state.results, ...more]});
  };

  const links = () => Array.from(list.current?.querySelectorAll('a') ?? []);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const next = moveFocus(all.indexOf(document.activeElement as HTMLAnchorElement), event.key, all.length);
    event.preventDefault();
    (next === -1 ? input.current : all[next])?.focus();
  };

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-label={translate({id: 'search.dialog', message: 'Search BSG Hub', description: 'Accessible name of the search dialog'})}
      onClose={onClose}
      onKeyDown={onKeyDown}
      onClick={(event) => event.target === dialog.current && onClose()}>
      <form className={styles.form} role="search" onSubmit={(event) => {
        event.preventDefault();
        links()[0]?.click();
      }}>
        <input
          ref={input}
          type="search"
          className={styles.input}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Escape in a search field would clear it; here it closes the dialog and keeps the query for next time.
            if (event.key === 'Escape') {
              event.preventDefault();
              onClose();
            }
          }}
          placeholder={translate({id: 'search.placeholder', message: 'Search guidance, questions and Recommendations', description: 'Placeholder of the search field'})}
          aria-label={translate({id: 'search.field', message: 'Search words', description: 'Accessible name of the search field'})}
          autoComplete="off"
          enterKeyHint="search"
          autoFocus
        />
        <button type="button" className={styles.close} onClick={onClose}>
          <Translate id="search.close" description="Button that closes the search dialog">Close</Translate>
        </button>
        <fieldset className={styles.kinds}>
          <legend className={styles.legend}>
            <Translate id="search.kind.legend" description="Label of the search filter by kind of page">Show</Translate>
          </legend>
          {(['all', ...KINDS] as const).map((value) => (
            <label key={value} className={styles.kind}>
              <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              {labels[value]}
            </label>
          ))}
        </fieldset>
      </form>
      <div className={styles.body} aria-live="polite" aria-busy={busy}>
        {term !== '' && (DEV || state?.phase === 'failed') && (
          <p className={styles.message}>
            {DEV ? (
              <Translate id="search.needsBuild" description="Shown in the search dialog under the development server">
                Search needs a build: run npm run build, then npm run serve.
              </Translate>
            ) : (
              <Translate id="search.failed" description="Shown when the search index could not be loaded">
                Search could not load. Check your connection and try again.
              </Translate>
            )}
          </p>
        )}
        {term !== '' && state?.phase === 'done' && state.results.length === 0 && (
          <div className={styles.message}>
            <p>
              <Translate id="search.none" description="Shown when a search finds nothing; {query} is what the reader typed" values={{query: state.query}}>
                {'Nothing found for “{query}”.'}
              </Translate>
            </p>
            {/* Nothing answers it yet: the reader's words become the title of a question (issue 21). */}
            <a className="button button--primary" href={askQuestionUrl(askPage, state.query)} data-testid="search-ask">
              <Translate id="search.ask" description="Link under a search that found nothing: opens the question form with the search words as its title">
                Ask this as a question
              </Translate>
            </a>
          </div>
        )}
        {term !== '' && state?.phase === 'done' && state.results.length > 0 && (
          <ol ref={list} className={styles.results}>
            {state.results.map((result) => (
              <li key={result.url} className={styles.result} data-kind={result.kind ?? undefined}>
                <a href={result.url} className={styles.link}>
                  <span className={styles.title}>{result.title}</span>
                  {result.section && <span className={styles.section}>{result.section}</span>}
                  <span className={styles.excerpt}>
                    <Excerpt html={result.excerpt} />
                  </span>
                  <span className={styles.badges}>
                    {result.kind && <span className={styles.badge}>{labels[result.kind]}</span>}
                    {result.status && <span className={`${styles.badge} forum-${result.status}`}>{status[result.status]}</span>}
                    {result.translation && (
                      <span className={styles.badge} data-translation={result.translation}>
                        {translations[result.translation]}
                      </span>
                    )}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        )}
        {term !== '' && state?.phase === 'done' && state.results.length < state.total && (
          <button type="button" className={styles.more} onClick={() => void showMore()}>
            {plural(translate({id: 'search.more', message: 'Show {count} more result|Show {count} more results', description: 'Button under the search results that shows the next ones; {count} is how many more there are (plural forms)'}, {count: state.total - state.results.length}), state.total - state.results.length)}
          </button>
        )}
      </div>
    </dialog>
  );
}
