import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {RecommendationPageProps} from '@site/plugins/catalogue/props';
import QuestionFeedLinks from '@site/src/components/QuestionFeedLinks';
import {feedPaths} from '@site/plugins/question-feeds/paths';
import EventLinks from '../../events/EventLinks';
import {policyLabel, statusLabel} from '../labels';
import styles from '../styles.module.css';

function Languages({locales}: {locales: string[]}) {
  const {i18n} = useDocusaurusContext();
  return (
    <span className={styles.meta}>
      {' '}
      (
      {locales.map((locale, index) => (
        <React.Fragment key={locale}>
          {index > 0 && ', '}
          <span lang={i18n.localeConfigs[locale]?.htmlLang}>{i18n.localeConfigs[locale]?.label ?? locale}</span>
        </React.Fragment>
      ))}
      )
    </span>
  );
}

/** One Recommendation and everything on the site that points at it. */
export default function RecommendationPage({recommendation, summaryLocale, studyGroup, backlinks, hasSampleProducts}: RecommendationPageProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const name = `ITU-T ${recommendation.id}`;
  const inEnglish = summaryLocale !== i18n.currentLocale;
  return (
    <Layout title={`${name} — ${recommendation.title}`} description={recommendation.summary}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <article data-pagefind-body="" data-pagefind-filter="kind:recommendation">
          {/* The weight on the heading, not on a part of it: Pagefind would write its marker into the result title (issue 21). */}
          <Heading as="h1" data-pagefind-weight="10">
            <span translate="no">{name}</span>
            <br />
            <small lang="en">{recommendation.title}</small>
          </Heading>
          <ul className={styles.badges} aria-label={translate({id: 'catalogue.page.facts', message: 'Facts', description: 'Accessible name of the list of a Recommendation’s status, study group and policy relevance'})}>
            <li className={styles.badge}>{statusLabel()[recommendation.status]}</li>
            <li className={styles.badge}>
              <Link to={studyGroup.permalink}>{studyGroup.id}</Link>
            </li>
            {recommendation.policy && <li className={styles.badge}>{policyLabel()}</li>}
          </ul>
          {/* Search indexes the title and summary; the lists below are other pages' titles. */}
          <section>
            <p lang={summaryLocale} {...(inEnglish && {dir: 'ltr'})}>{recommendation.summary}</p>
            {inEnglish && (
              <p className={styles.meta}>
                <Translate id="catalogue.page.summaryInEnglish" description="Note under a Recommendation summary that has not been translated yet">
                  This summary has not been translated yet.
                </Translate>
              </p>
            )}
            <p data-pagefind-ignore="">
              <Link href={recommendation.officialUrl}>
                <Translate id="catalogue.page.official" description="Link to the Recommendation’s official page on itu.int" values={{name}}>
                  {'{name} on itu.int (official text, free to download)'}
                </Translate>
              </Link>
            </p>
          </section>

          <section data-pagefind-ignore="">
            <Heading as="h2">
              <Translate id="catalogue.page.guidance" description="Heading: guidance pages about this Recommendation">Guidance</Translate>
            </Heading>
            {backlinks.guidance.length === 0 ? (
              <p><Translate id="catalogue.page.noGuidance" description="Shown when no guidance page concerns the Recommendation">No guidance page concerns this Recommendation yet.</Translate></p>
            ) : (
              <ul data-testid="guidance">
                {backlinks.guidance.map((page) => (
                  <li key={page.permalink}>
                    <Link to={page.permalink}>{page.title}</Link>
                    <Languages locales={page.locales} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section data-pagefind-ignore="">
            <Heading as="h2">
              <Translate id="catalogue.page.questions" description="Heading: forum questions about this Recommendation">Questions</Translate>
            </Heading>
            <QuestionFeedLinks feeds={[{
              path: feedPaths.recommendation(recommendation.id),
              title: translate({id: 'catalogue.page.feed', message: 'New questions on ITU-T {id}', description: 'Title of the feed of new questions about a Recommendation'}, {id: recommendation.id}),
              label: translate({id: 'catalogue.page.feedLabel', message: 'new questions on this Recommendation', description: 'Link to the Atom feed of new questions about a Recommendation'}),
            }]} />
            {backlinks.questions.length === 0 ? (
              <p><Translate id="catalogue.page.noQuestions" description="Shown when no forum question concerns the Recommendation">No question about this Recommendation yet.</Translate></p>
            ) : (
              <ul>
                {backlinks.questions.map((question) => (
                  <li key={question.permalink}>
                    {/* Thread pages are written by the build, not routes: a full page load. */}
                    <a href={question.permalink}>{question.title}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section data-pagefind-ignore="">
            <Heading as="h2">
              <Translate id="catalogue.page.events" description="Heading: events that concern this Recommendation">Events</Translate>
            </Heading>
            <EventLinks events={backlinks.events}
              empty={<Translate id="catalogue.page.noEvents" description="Shown when no event concerns the Recommendation">No event about this Recommendation yet.</Translate>} />
          </section>

          <section data-pagefind-ignore="">
            <Heading as="h2">
              <Translate id="catalogue.page.products" description="Heading: products that conform to this Recommendation">Conforming products</Translate>
            </Heading>
            {hasSampleProducts && (
              <p className={`alert alert--warning ${styles.sample}`} role="note">
                <Translate id="catalogue.page.sampleProducts" description="Warning that the listed products are made-up examples">
                  Sample entries: these made-up products only show what the database will hold. They are not real products.
                </Translate>
              </p>
            )}
            {backlinks.products.length === 0 ? (
              <p><Translate id="catalogue.page.noProducts" description="Shown when no product is listed for the Recommendation">No product is listed for this Recommendation yet.</Translate></p>
            ) : (
              <ul className={styles.list}>
                {backlinks.products.map((product) => (
                  <li key={product.id} className={styles.item} lang="en">
                    <strong>{product.product}</strong> — {product.maker}
                    <div className={styles.meta}>
                      {product.evidence.reference}
                      {product.evidence.lab && `, ${product.evidence.lab}`} · <time dateTime={product.date}>{product.date}</time>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </article>
      </main>
    </Layout>
  );
}
