import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {recommendationSlug} from '@site/plugins/catalogue/lookup';
import {toIsoDay} from '@site/src/lib/dates';
import {audienceLabel, programmeLabel} from '@site/src/lib/labels';
import type {GuidanceFrontMatter} from '@site/plugins/content-model/frontMatter';
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

/** What a guidance page is for: programme, audience, Recommendations, review date. */
export default function DocMetadata({frontMatter, lang, dir}: Props): ReactNode {
  const {programme = [], audience = [], recommendations = [], study_groups = [], last_reviewed} = frontMatter;
  const programmes = programmeLabel();
  const audiences = audienceLabel();
  const reviewed = toIsoDay(last_reviewed);
  return (
    <dl
      data-pagefind-ignore=""
      className={styles.metadata}
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
    </dl>
  );
}
