import React, {useEffect, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {SUMMARY_PATH, parseSummary, type OfflineSummary} from '@site/plugins/offline/manifest';
import {readSaved, removeSaved, saveLanguage, type SavedLanguage, type SaveProgress} from '@site/src/lib/offlineSave';
import {formatMegabytes} from '@site/src/lib/offlineSize';
import type {Part} from '@site/plugins/offline/savedSet';
import styles from './styles.module.css';

type State =
  | {kind: 'loading'}
  | {kind: 'ready'; saved?: SavedLanguage}
  | {kind: 'saving'; progress: SaveProgress}
  | {kind: 'failed'};

/** Progress is announced at each tenth, not at each file: a screen reader would otherwise talk without a pause. */
const announcedPercent = ({done, total}: SaveProgress) => (total === 0 ? 100 : Math.floor((done / total) * 10) * 10);

export default function Panel(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const baseUrl = useBaseUrl('/');
  const [summary, setSummary] = useState<OfflineSummary>();
  const [state, setState] = useState<State>({kind: 'loading'});
  const [withForum, setWithForum] = useState(false);
  useEffect(() => {
    Promise.all([fetch(baseUrl + SUMMARY_PATH, {cache: 'no-cache'}).then((response) => response.json()), readSaved(baseUrl)])
      .then(([fetched, saved]) => {
        setSummary(parseSummary(fetched));
        setWithForum(saved?.parts.includes('forum') ?? false);
        setState({kind: 'ready', saved});
      })
      // Offline, or a build without offline reading: the panel stays empty.
      .catch(() => setState({kind: 'failed'}));
  }, [baseUrl]);
  if (!summary) return null;
  const size = (bytes: number) => formatMegabytes(bytes, htmlLang);
  const parts: Part[] = withForum ? ['guidance', 'forum'] : ['guidance'];
  const total = summary.guidance.bytes + (withForum ? summary.forum.bytes : 0);
  const save = () => {
    setState({kind: 'saving', progress: {done: 0, total: 1}});
    saveLanguage(baseUrl, parts, (progress) => setState({kind: 'saving', progress})).then(
      (saved) => setState({kind: 'ready', saved}),
      () => setState({kind: 'failed'}),
    );
  };
  const remove = () => {
    removeSaved(baseUrl).then(() => setState({kind: 'ready'}), () => setState({kind: 'failed'}));
  };
  const saved = state.kind === 'ready' ? state.saved : undefined;
  const outdated = saved !== undefined && saved.manifest.version !== summary.version;
  const saving = state.kind === 'saving';
  return (
    <>
      {saved ? (
        <p>
          {translate({id: 'offline.save.saved', message: 'The guidance in English is saved on this device.', description: 'Offline panel: the reader has saved this language (the message names the language of the page)'})}
        </p>
      ) : null}
      <div className={styles.actions}>
        {(!saved || outdated) && (
          <button type="button" className="button button--primary" onClick={save} disabled={saving}>
            {saved
              ? translate({id: 'offline.save.update', message: 'The site has changed: update the saved copy ({size})', description: 'Offline panel: button shown when the saved copy is older than the site; it downloads the new version; {size} is the download, e.g. "4.2 MB"'}, {size: size(total)})
              : translate({id: 'offline.save.button', message: 'Save the guidance in English for offline reading ({size})', description: 'Offline panel: button that saves the pages of this language (the message names the language of the page); {size} is the download, e.g. "4.2 MB"'}, {size: size(total)})}
          </button>
        )}
        {summary.forum.pages > 0 && !saved && (
          <label>
            <input type="checkbox" checked={withForum} disabled={saving} onChange={(event) => setWithForum(event.target.checked)} />{' '}
            {translate({id: 'offline.save.forum', message: 'Include the forum’s questions and answers (+{size})', description: 'Offline panel: checkbox that adds the forum threads to the saved pages; {size} is their extra download, e.g. "1.1 MB"'}, {size: size(summary.forum.bytes)})}
          </label>
        )}
        {saved && (
          <button type="button" className="button button--secondary" onClick={remove}>
            {translate({id: 'offline.save.remove', message: 'Remove the saved copy', description: 'Offline panel: button that deletes the saved pages from the device'})}
          </button>
        )}
      </div>
      {saving && <progress className={styles.progress} value={state.progress.done} max={state.progress.total} aria-hidden="true" />}
      <p role="status">
        {saving &&
          translate({id: 'offline.save.progress', message: 'Saving for offline reading: {percent}%', description: 'Offline panel: progress of the download, announced to screen readers at each tenth'}, {percent: announcedPercent(state.progress)})}
        {state.kind === 'failed' &&
          translate({id: 'offline.save.failed', message: 'Saving stopped. Try again later.', description: 'Offline panel: the download failed'})}
      </p>
    </>
  );
}
