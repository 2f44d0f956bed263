import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {recommendationSlug} from '@site/plugins/catalogue/lookup';
import {toIsoDay} from '@site/src/lib/dates';
import {audienceLabel, programmeLabel} from '@site/src/lib/labels';
import type {GuidanceFrontMatter} from '@site/plugins/content-model/frontMatter';
import styles from './styles.module.css';

/** A translation's review state (issue 22's front matter): machine translated, drafted by a person, or reviewed. */
type TranslationState = {state?: 'machine' | 'draft' | 'reviewed'; date?: string | Date; reviewer?: string};

type Props = {
  frontMatter: Partial<GuidanceFrontMatter> & {translation?: TranslationState};
  /** Set when the page around it is in another language (an English fallback). */
  lang?: string;
  dir?: string;
};

/** The Recommendation's page in the catalogue (the catalogue plugin's default route). */
const recommendationUrl = (id: string) => `/recommendations/${recommendationSlug(id)}`;

/** The translation's state and date, as the metadata box (and so the first page of the PDF) shows them. */
function TranslationStateText({state, date, reviewer}: TranslationState): ReactNode {
  const day = toIsoDay(date);
  const values = {date: day ? <time dateTime={day}>{day}</time> : '', reviewer: reviewer ?? ''};
  switch (state) {
    case 'machine':
      return (
        <Translate id="bsg.docMetadata.translation.machine" description="A translation's state: made by a machine, not reviewed; {date} is when it was made" values={values}>
          {'machine translation, not reviewed by a person ({date})'}
        </Translate>
      );
    case 'draft':
      return (
        <Translate id="bsg.docMetadata.translation.draft" description="A translation's state: written by a person, not yet reviewed; {date} is when it was written" values={values}>
          {'draft, not yet reviewed ({date})'}
        </Translate>
      );
    case 'reviewed':
      return (
        <Translate id="bsg.docMetadata.translation.reviewed" description="A translation's state: reviewed; {reviewer} is the reviewer's GitHub name, {date} the day of the review" values={values}>
          {'reviewed by {reviewer} ({date})'}
        </Translate>
      );
    default:
      return null;
  }
}

function Row({label, children}: {label: ReactNode; children: ReactNode}) {
  return (
    <div className={styles.row}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What a guidance page is for: programme, audience, Recommendations, review date. */
export default function DocMetadata({frontMatter, lang, dir}: Props): ReactNode {
  const {programme = [], audience = [], recommendations = [], study_groups = [], last_reviewed, translation} = frontMatter;
  const programmes = programmeLabel();
  const audiences = audienceLabel();
  const reviewed = toIsoDay(last_reviewed);
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
      {reviewed && (
        <Row label={<Translate id="bsg.docMetadata.lastReviewed" description="Label before the date a page was last reviewed by an expert">Last reviewed</Translate>}>
          <time dateTime={reviewed}>{reviewed}</time>
        </Row>
      )}
      {translation?.state && (
        <Row label={<Translate id="bsg.docMetadata.translation" description="Label before a translated page's state (machine translation, draft, reviewed) and date">Translation</Translate>}>
          <TranslationStateText {...translation} />
        </Row>
      )}
    </dl>
  );
}
