import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {StudyGroupPageProps} from '@site/plugins/catalogue/props';
import QuestionFeedLinks, {studyGroupFeeds} from '@site/src/components/QuestionFeedLinks';
import EventLinks from '../../events/EventLinks';
import styles from '../styles.module.css';

/** A study group: what it works on, its regional groups, its Recommendations and the guidance about it. */
export default function StudyGroupPage({studyGroup, recommendations, guidance, events}: StudyGroupPageProps): ReactNode {
  return (
    <Layout title={`${studyGroup.id} — ${studyGroup.title}`} description={studyGroup.areas}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">
          <span translate="no">{studyGroup.id}</span>
          <br />
          <small lang="en">{studyGroup.title}</small>
        </Heading>
        {!studyGroup.title_confirmed && (
          <p className={styles.meta}>
            <Translate id="catalogue.studyGroup.descriptiveTitle" description="Note that a study group's formal title is not confirmed">
              A descriptive title: the formal 2025–2028 wording is not confirmed yet.
            </Translate>
          </p>
        )}
        <p lang="en">{studyGroup.areas}</p>
        {studyGroup.regional_groups.length > 0 && (
          <>
            <Heading as="h2">
              <Translate id="catalogue.studyGroup.regionalGroups" description="Heading: the regional groups of a study group">Regional groups</Translate>
            </Heading>
            <ul>
              {studyGroup.regional_groups.map((group) => (
                <li key={group.code} translate="no">{group.code}</li>
              ))}
            </ul>
          </>
        )}
        <Heading as="h2">
          <Translate id="catalogue.studyGroup.recommendations" description="Heading: Recommendations a study group is responsible for">Recommendations in this catalogue</Translate>
        </Heading>
        <ul>
          {recommendations.map((r) => (
            <li key={r.id}>
              <Link to={r.permalink} translate="no">ITU-T {r.id}</Link> — <span lang="en">{r.title}</span>
            </li>
          ))}
        </ul>
        <Heading as="h2">
          <Translate id="catalogue.studyGroup.guidance" description="Heading: guidance pages about a study group">Guidance</Translate>
        </Heading>
        {guidance.length === 0 ? (
          <p><Translate id="catalogue.studyGroup.noGuidance" description="Shown when no guidance page concerns the study group">No guidance page concerns this study group yet.</Translate></p>
        ) : (
          <ul>
            {guidance.map((page) => (
              <li key={page.permalink}><Link to={page.permalink}>{page.title}</Link></li>
            ))}
          </ul>
        )}
        <Heading as="h2">
          <Translate id="catalogue.studyGroup.questions" description="Heading: forum questions about a study group">Questions</Translate>
        </Heading>
        <QuestionFeedLinks feeds={studyGroupFeeds(studyGroup.id)} />
        <Heading as="h2">
          <Translate id="catalogue.studyGroup.events" description="Heading: events of a study group and its regional groups">Events</Translate>
        </Heading>
        <EventLinks events={events}
          empty={<Translate id="catalogue.studyGroup.noEvents" description="Shown when no event concerns the study group">No event of this study group yet.</Translate>} />
      </main>
    </Layout>
  );
}
