import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {recommendationSlug} from '@site/plugins/catalogue/lookup';
import {toIsoDay} from '@site/src/lib/dates';
import {audienceLabel, programmeLabel} from '@site/src/lib/labels';
import type {GuidanceFrontMatter, TranslationMeta} from '@site/plugins/content-model/frontMatter';
import styles from './styles.module.css';

type Props = {
  frontMatter: Partial<GuidanceFrontMatter>;
  /** Set when the page around it is in another language (an English fallback). */
  lang?: string;
  dir?: string;
};

/** The Recommendation's page in the catalogue (the catalogue plugin's default route). */
const recommendationUrl = (id: string) => `/recommendations/${recommendationSlug(id)}`;

function Row({label, children}: {label: ReactNode; children: ReactNode}) {
  return (
    <div className={styles.row}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** How a translation was made and reviewed, with its own date (not the English page's): on screen and on the PDF's first page. */
function translationState({state, reviewer}: TranslationMeta, day: string): ReactNode {
  const time = <time dateTime={day}>{day}</time>;
  if (state === 'reviewed') {
    return (
      <Translate id="bsg.docMetadata.translation.reviewed" description="How a translation stands: approved by a reviewer of the language; {date} is the review date, {reviewer} a GitHub login" values={{date: time, reviewer: <span translate="no">{reviewer}</span>}}>
        {'Reviewed on {date} by {reviewer}'}
      </Translate>
    );
  }
  return state === 'machine' ? (
    <Translate id="bsg.docMetadata.translation.machine" description="How a translation stands: made by machine, no person has reviewed it; {date} is when it was made or last changed" values={{date: time}}>
      {'Machine translation, not reviewed yet ({date})'}
    </Translate>
  ) : (
    <Translate id="bsg.docMetadata.translation.draft" description="How a translation stands: written by a person, not yet reviewed; {date} is when it was written or last changed" values={{date: time}}>
      {'Translated by a person, not reviewed yet ({date})'}
    </Translate>
  );
}

/** What a guidance page is for: programme, audience, Recommendations, review date (a translation's own). */
export default function DocMetadata({frontMatter, lang, dir}: Props): ReactNode {
  const {programme = [], audience = [], recommendations = [], study_groups = [], last_reviewed, translation} = frontMatter;
  const programmes = programmeLabel();
  const audiences = audienceLabel();
  // A translation has its own dates: the English page's review date is not shown on it (issue 22).
  const reviewed = translation ? undefined : toIsoDay(last_reviewed);
  const translated = translation && toIsoDay(translation.date);
  return (
    <dl
      data-pagefind-ignore=""
      // bsg-doc-metadata: the print stylesheet writes no addresses after these links (custom.css).
      className={`${styles.metadata} bsg-doc-metadata`}
      lang={lang}
      dir={dir}
      aria-label={translate({id: 'bsg.docMetadata.label', message: 'About this page', description: 'Accessible name of the box listing a page’s programme, audience and Recommendations'})}>
      {programme.length > 0 && (
        <Row label={<Translate id="bsg.docMetadata.programme" description="Label before the action-plan programmes a page serves">Programme</Translate>}>
          {programme.map((p) => (
            <span key={p} className={styles.tag}>
              {p} · {programmes[p]}
            </span>
          ))}
        </Row>
      )}
      {audience.length > 0 && (
        <Row label={<Translate id="bsg.docMetadata.audience" description="Label before the audiences a page is written for">For</Translate>}>
          {audience.map((a) => (
            <span key={a} className={styles.tag}>
              {audiences[a]}
            </span>
          ))}
        </Row>
      )}
      {recommendations.length > 0 && (
        <Row label={<Translate id="bsg.docMetadata.recommendations" description="Label before the ITU-T Recommendations a page concerns">Recommendations</Translate>}>
          {recommendations.map((id) => (
            <Link key={id} className={styles.tag} to={recommendationUrl(id)} translate="no">
              ITU-T {id}
            </Link>
          ))}
        </Row>
      )}
      {study_groups.length > 0 && (
        <Row label={<Translate id="bsg.docMetadata.studyGroups" description="Label before the study groups a page concerns">Study groups</Translate>}>
          {study_groups.map((sg) => (
            <span key={sg} className={styles.tag} translate="no">
              {sg}
            </span>
          ))}
        </Row>
      )}
      {translation && translated && (
        <Row label={<Translate id="bsg.docMetadata.translation" description="Label before how a translated page was made and reviewed">Translation</Translate>}>
          <span data-translation-state={translation.state}>{translationState(translation, translated)}</span>
        </Row>
      )}
      {reviewed && (
        <Row label={<Translate id="bsg.docMetadata.lastReviewed" description="Label before the date a page was last reviewed by an expert">Last reviewed</Translate>}>
          <time dateTime={reviewed}>{reviewed}</time>
        </Row>
      )}
    </dl>
  );
}
