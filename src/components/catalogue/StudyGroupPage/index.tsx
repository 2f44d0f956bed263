import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {StudyGroupPageProps} from '@site/plugins/catalogue/props';
import type {Published} from '@site/plugins/participation/figures';
import QuestionFeedLinks, {studyGroupFeeds} from '@site/src/components/QuestionFeedLinks';
import EventLinks from '../../events/EventLinks';
import styles from '../styles.module.css';

/** A study group: what it works on, its regional groups, its Recommendations and the guidance about it. */
/** A suppressed count as the indicators page writes it. */
function Count({value, threshold, format}: {value: Published | 'hidden'; threshold: number; format: Intl.NumberFormat}): ReactNode {
  if (value === 'fewer') return <Translate id="catalogue.studyGroup.participation.fewer" description="A suppressed small count; {threshold} is 5" values={{threshold}}>{'fewer than {threshold}'}</Translate>;
  if (value === 'hidden') return <Translate id="catalogue.studyGroup.participation.hidden" description="A count hidden so that a small count cannot be worked out from the totals">hidden</Translate>;
  return format.format(value);
}

/** Participation in the study group's past meetings, oldest first: the same suppressed counts as the indicators page. */
function Participation({participation}: {participation: StudyGroupPageProps['participation']}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const lang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const day = new Intl.DateTimeFormat(lang, {dateStyle: 'medium', timeZone: 'UTC'});
  const format = new Intl.NumberFormat(lang, {maximumFractionDigits: 1});
  if (participation.meetings.length === 0) return null;
  const {threshold} = participation;
  return (
    <section aria-labelledby="participation">
      <Heading as="h2" id="participation">
        <Translate id="catalogue.studyGroup.participation" description="Heading: participation in a study group's past meetings over time">Participation over time</Translate>
      </Heading>
      {participation.sample && (
        <p className="alert alert--warning" role="note">
          <Translate id="catalogue.studyGroup.participation.sample" description="Warning above made-up participation counts">Sample data: these meetings and their participants are made up.</Translate>
        </p>
      )}
      <div className={styles.tableScroll}>
        <table>
          <thead>
            <tr>
              <th scope="col"><Translate id="catalogue.studyGroup.participation.meeting" description="Table column: a meeting">Meeting</Translate></th>
              <th scope="col"><Translate id="catalogue.studyGroup.participation.date" description="Table column: the first day of a meeting">Date</Translate></th>
              <th scope="col"><Translate id="catalogue.studyGroup.participation.total" description="Table column: all participants">Participants</Translate></th>
              <th scope="col"><Translate id="catalogue.studyGroup.participation.inPerson" description="Table column: participants at the venue">In person</Translate></th>
              <th scope="col"><Translate id="catalogue.studyGroup.participation.remote" description="Table column: participants from afar">Remote</Translate></th>
              <th scope="col"><Translate id="catalogue.studyGroup.participation.priority" description="Table column: % of participants from least developed, landlocked developing and small island developing countries">From LDCs, LLDCs and SIDS (%)</Translate></th>
            </tr>
          </thead>
          <tbody>
            {participation.meetings.map((meeting) => (
              <tr key={meeting.event}>
                <th scope="row" lang={meeting.lang}><a href={meeting.permalink}>{meeting.title}</a></th>
                <td><time dateTime={meeting.date}>{day.format(new Date(`${meeting.date}T00:00:00Z`))}</time></td>
                <td><Count value={meeting.total} threshold={threshold} format={format} /></td>
                <td><Count value={meeting.inPerson} threshold={threshold} format={format} /></td>
                <td><Count value={meeting.remote} threshold={threshold} format={format} /></td>
                <td><Count value={meeting.priorityShare} threshold={threshold} format={format} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <Link to="/indicators#participation">
          <Translate id="catalogue.studyGroup.participation.more" description="Link to the participation charts of the indicators page">Participation in all meetings, by country group, region and income group</Translate>
        </Link>
      </p>
    </section>
  );
}

export default function StudyGroupPage({studyGroup, recommendations, guidance, events, participation}: StudyGroupPageProps): ReactNode {
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
        <Participation participation={participation} />
      </main>
    </Layout>
  );
}
