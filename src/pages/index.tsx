import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {usePluginData} from '@docusaurus/useGlobalData';
import RoleCards, {type RoleCard} from '@site/src/components/RoleCards';
import EventLinks from '@site/src/components/events/EventLinks';
import LanguageSuggestion from '@site/src/components/LanguageSuggestion';
import OfflineSave from '@site/src/components/OfflineSave';
import type {EventsGlobalData} from '@site/plugins/events';
import styles from './index.module.css';

/** Every "ask" link leads to /forum/ask: the one form, with or without a GitHub account. */
function useRoleCards(repositoryUrl: string): RoleCard[] {
  return [
    {
      id: 'expert',
      title: translate({id: 'home.role.expert.title', message: 'I am looking for guidance', description: 'Home page card title for experts'}),
      text: translate({id: 'home.role.expert.text', message: 'Step-by-step guidelines for applying ITU-T Recommendations nationally and for taking part in study-group work.', description: 'Home page card text for experts'}),
      links: [
        {label: translate({id: 'home.role.expert.guidelines', message: 'Browse the guidelines', description: 'Home page link to the guidelines section'}), to: '/docs/guidelines'},
        {label: translate({id: 'home.role.expert.handbooks', message: 'Open the handbooks', description: 'Home page link to the handbooks section'}), to: '/docs/handbooks'},
      ],
    },
    {
      id: 'member',
      title: translate({id: 'home.role.member.title', message: 'I have a question', description: 'Home page card title for members with a question'}),
      text: translate({id: 'home.role.member.text', message: 'Ask how to apply a Recommendation or how to take part; study-group experts and mentors answer in the open.', description: 'Home page card text for members with a question'}),
      links: [
        {label: translate({id: 'home.role.member.askForm', message: 'Ask a question', description: 'Home page link to the ask page (/forum/ask)'}), to: '/forum/ask'},
        {label: translate({id: 'home.role.member.newcomers', message: 'Read the newcomer’s handbook first', description: 'Home page link to the newcomer handbook'}), to: '/docs/handbooks/newcomers-handbook'},
      ],
    },
    {
      id: 'translator',
      title: translate({id: 'home.role.translator.title', message: 'I want to translate', description: 'Home page card title for translators'}),
      text: translate({id: 'home.role.translator.text', message: 'Bring the guidance into Arabic, Chinese, French, Russian or Spanish with a pull request on GitHub.', description: 'Home page card text for translators'}),
      links: [
        {label: translate({id: 'home.role.translator.howto', message: 'How to translate a page', description: 'Home page link to the translation instructions'}), to: `${repositoryUrl}/blob/main/CONTRIBUTING.md#translating`},
        {label: translate({id: 'home.role.translator.status', message: 'What needs translating', description: 'Home page link to the translation status page'}), to: '/translations'},
      ],
    },
    {
      id: 'mentor',
      title: translate({id: 'home.role.mentor.title', message: 'I am a mentor', description: 'Home page card title for mentors'}),
      text: translate({id: 'home.role.mentor.text', message: 'Guidance for study-group mentors: the role, a first-meeting plan and follow-up between meetings.', description: 'Home page card text for mentors'}),
      links: [
        {label: translate({id: 'home.role.mentor.role', message: 'The mentor role', description: 'Home page link to the mentor role page'}), to: '/docs/mentoring/mentor-role'},
        {label: translate({id: 'home.role.mentor.plan', message: 'A first-meeting plan', description: 'Home page link to the first-meeting plan'}), to: '/docs/mentoring/first-meeting-plan'},
      ],
    },
  ];
}

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const cards = useRoleCards(String(siteConfig.customFields?.repositoryUrl));
  const {next} = usePluginData('events') as EventsGlobalData;
  return (
    <Layout
      title={translate({id: 'home.title', message: 'Bridging the standardization gap', description: 'Title of the home page (browser tab)'})}
      description={translate({id: 'home.description', message: 'Guidance, questions and answers that help developing countries take part in ITU-T standardization and apply ITU-T Recommendations.', description: 'Meta description of the home page'})}>
      <LanguageSuggestion />
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">
            <Translate id="home.hero.title" description="Main heading of the home page">
              Take part in ITU-T standards, and put them to work
            </Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.hero.lead" description="Lead paragraph of the home page">
              BSG Hub gathers guidance, handbooks and mentor advice for the programmes of Resolution 44 (Rev. New Delhi, 2024) on bridging the standardization gap between developing and developed countries.
            </Translate>
          </p>
          <Link className={clsx('button button--primary button--lg', styles.cta)} to="/docs/handbooks/newcomers-handbook">
            <Translate id="home.hero.start" description="Main call to action of the home page">
              Start with the newcomer’s handbook
            </Translate>
          </Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="roles">
          <Heading as="h2" id="roles">
            <Translate id="home.roles.title" description="Heading above the four role cards on the home page">
              What brings you here?
            </Translate>
          </Heading>
          <RoleCards cards={cards} />
        </section>
        <section aria-labelledby="programmes" className="margin-top--lg">
          <Heading as="h2" id="programmes">
            <Translate id="home.programmes.title" description="Heading of the home page section on the four programmes">
              Four programmes, one place
            </Translate>
          </Heading>
          <p>
            <Translate id="home.programmes.text" description="Home page text introducing the action-plan programmes">
              The action plan of Resolution 44 has four programmes: standard-making capabilities, application of standards, human resources and capacity building, and fundraising. Every page here says which programme it serves, who it is for, which Recommendations and study groups it concerns, and when it was last reviewed.
            </Translate>
          </p>
          <Link to="/docs/handbooks/action-plan-programmes">
            <Translate id="home.programmes.link" description="Home page link to the page on the four programmes">
              What BSG Hub offers for each programme
            </Translate>
          </Link>
        </section>
        <section aria-labelledby="events" className="margin-top--lg">
          <Heading as="h2" id="events">
            <Translate id="home.events.title" description="Heading of the home page section listing the next events">
              Coming up
            </Translate>
          </Heading>
          <EventLinks events={next}
            empty={<Translate id="home.events.none" description="Shown on the home page when no event is ahead">No event is announced yet.</Translate>} />
        </section>
        <OfflineSave />
      </main>
    </Layout>
  );
}
