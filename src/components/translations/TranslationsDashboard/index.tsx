import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {DashboardProps, LocaleStatus, ReviewCounts, WorkItem} from '@site/plugins/translations/dashboard/props';
import type {TranslationStatus} from '@site/plugins/translations/status/classify';
import CoverageChart from './CoverageChart';
import styles from './styles.module.css';

const STATUSES: TranslationStatus[] = ['current', 'outdated', 'missing', 'untracked', 'orphaned'];

const statusLabel = (status: TranslationStatus): string =>
  ({
    current: translate({id: 'bsg.translations.status.current', message: 'Current', description: 'Translation status: translates the latest English version'}),
    outdated: translate({id: 'bsg.translations.status.outdated', message: 'Outdated', description: 'Translation status: the English page changed since'}),
    missing: translate({id: 'bsg.translations.status.missing', message: 'Missing', description: 'Translation status: no translation yet'}),
    untracked: translate({id: 'bsg.translations.status.untracked', message: 'Untracked', description: 'Translation status: a translation that does not say which English version it translates'}),
    orphaned: translate({id: 'bsg.translations.status.orphaned', message: 'Orphaned', description: 'Translation status: the English page was moved or deleted'}),
  })[status];

const REVIEW_COLUMNS: (keyof ReviewCounts)[] = ['reviewed', 'machine', 'draft', 'outdated', 'missing'];

const reviewLabel = (column: keyof ReviewCounts): string =>
  ({
    reviewed: translate({id: 'bsg.translations.review.reviewed', message: 'Reviewed', description: 'Column header: translations approved by a reviewer of the language'}),
    machine: translate({id: 'bsg.translations.review.machine', message: 'Machine', description: 'Column header: machine translations no person has reviewed'}),
    draft: translate({id: 'bsg.translations.review.draft', message: 'Draft', description: 'Column header: translations by a person, not yet reviewed'}),
    outdated: statusLabel('outdated'),
    missing: statusLabel('missing'),
  })[column];

/** Per locale: how many pages are reviewed, machine-made, drafts, outdated, missing. */
function ReviewTable({locales}: {locales: LocaleStatus[]}): ReactNode {
  return (
    <table data-review-counts="">
      <thead>
        <tr>
          <th scope="col"><Translate id="bsg.translations.column.language" description="Column header: language">Language</Translate></th>
          {REVIEW_COLUMNS.map((column) => (
            <th scope="col" key={column}>{reviewLabel(column)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {locales.map((locale) => (
          <tr key={locale.locale} data-locale={locale.locale}>
            <th scope="row"><a href={`#locale-${locale.locale}`} lang={locale.locale}>{locale.label}</a></th>
            {REVIEW_COLUMNS.map((column) => (
              <td key={column} data-count={column}>{locale.review[column]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The translations waiting longest for a reviewer, and a call for reviewers where the language has none. */
function ReviewSection({locale, volunteerUrl}: {locale: LocaleStatus; volunteerUrl: string}): ReactNode {
  return (
    <>
      {locale.reviewersWanted && (
        <p className="alert alert--warning" data-reviewers-wanted="">
          <Translate id="bsg.translations.reviewersWanted" description="Shown for a language that has no reviewer: nobody can approve its translations yet">
            Reviewers wanted: nobody reviews this language yet, so its translations stay unreviewed.
          </Translate>{' '}
          <a href={volunteerUrl}>
            <Translate id="bsg.translations.volunteer" description="Link to how to become a reviewer of a language">
              How to volunteer
            </Translate>
          </a>
        </p>
      )}
      {locale.waiting.length > 0 && (
        <>
          <Heading as="h3" id={`waiting-${locale.locale}`}>
            <Translate id="bsg.translations.waiting" description="Heading of the list of translations that have waited longest for a reviewer">
              Waiting longest for review
            </Translate>
          </Heading>
          <ul>
            {locale.waiting.map((item) => (
              <li key={item.page} data-state={item.state}>
                {item.permalink ? <Link to={item.permalink}>{item.title}</Link> : <code>{item.page}</code>} · {reviewLabel(item.state)} ·{' '}
                <Translate id="bsg.translations.waitingSince" description="Since when a translation has waited for review; {date} is a date" values={{date: <time dateTime={item.date}>{item.date}</time>}}>
                  {'since {date}'}
                </Translate>{' '}
                · <a href={item.href}>{translate({id: 'bsg.translations.action.reviewWaiting', message: 'Read on GitHub', description: 'Link that opens a translation waiting for review on GitHub, where a reviewer reads and edits it'})}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Change({item}: {item: WorkItem}): ReactNode {
  if (!item.change) return null;
  const introduction = translate({id: 'bsg.translations.introduction', message: 'introduction', description: 'Name of the text before the first heading of a page, in the list of changed sections'});
  return (
    <span className={styles.changes}>
      <Translate id="bsg.translations.linesChanged" description="How much the English page changed since a translation was made" values={{lines: item.change.lines}}>
        {'Lines changed: {lines}. Sections:'}
      </Translate>{' '}
      {item.change.sections.map((section, i) => (
        <React.Fragment key={section}>
          {i > 0 && ' · '}
          {section === '' ? introduction : <span lang="en">{section}</span>}
        </React.Fragment>
      ))}
    </span>
  );
}

function Action({item}: {item: WorkItem}): ReactNode {
  const label = {
    translate: translate({id: 'bsg.translations.action.translate', message: 'Translate', description: 'Link that opens GitHub with a new translation prefilled'}),
    update: translate({id: 'bsg.translations.action.update', message: 'Update', description: "Link that opens GitHub's editor on an outdated translation"}),
    review: translate({id: 'bsg.translations.action.review', message: 'Review', description: 'Link to a translation whose English page is gone'}),
  }[item.action.kind];
  return (
    <>
      <a href={item.action.href} aria-label={`${label}: ${item.title}`}>
        {label}
      </a>
      {item.diffHref && (
        <>
          {' · '}
          <a href={item.diffHref}>
            <Translate id="bsg.translations.action.diff" description="Link to the changes of the English page since the translated version">
              What changed
            </Translate>
          </a>
        </>
      )}
    </>
  );
}

function LocaleSection({locale, volunteerUrl}: {locale: LocaleStatus; volunteerUrl: string}): ReactNode {
  return (
    <section aria-labelledby={`locale-${locale.locale}`}>
      <Heading as="h2" id={`locale-${locale.locale}`}>
        <span lang={locale.locale}>{locale.label}</span> ({locale.locale})
      </Heading>
      <ReviewSection locale={locale} volunteerUrl={volunteerUrl} />
      {locale.work.length === 0 ? (
        <p>
          <Translate id="bsg.translations.allCurrent" description="Shown for a language whose every page is translated and current">
            Every page is translated and current.
          </Translate>
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col"><Translate id="bsg.translations.column.page" description="Column header: the English page">Page</Translate></th>
              <th scope="col"><Translate id="bsg.translations.column.status" description="Column header: translation status">Status</Translate></th>
              <th scope="col"><Translate id="bsg.translations.column.since" description="Column header: since when the page needs translating or updating">Needs work since</Translate></th>
              <th scope="col"><Translate id="bsg.translations.column.action" description="Column header: what to do">Action</Translate></th>
            </tr>
          </thead>
          <tbody>
            {locale.work.map((item) => (
              <tr key={item.page} data-status={item.status}>
                <td>
                  {item.permalink ? <Link to={item.permalink}>{item.title}</Link> : <span lang={locale.locale}>{item.title}</span>}
                  <br />
                  <code>{item.page}</code> <Change item={item} />
                </td>
                <td className={styles.status}>{statusLabel(item.status)}</td>
                <td>{item.since ? <time dateTime={item.since}>{item.since}</time> : '—'}</td>
                <td>
                  <Action item={item} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(locale.uiMissing.length > 0 || locale.uiObsolete.length > 0) && (
        <details>
          <summary>
            <Translate
              id="bsg.translations.uiProblems"
              description="Summary of the interface strings a language lacks or no longer needs"
              values={{missing: locale.uiMissing.length, obsolete: locale.uiObsolete.length}}>
              {'Interface strings: {missing} missing, {obsolete} obsolete'}
            </Translate>
          </summary>
          <ul>
            {[...locale.uiMissing, ...locale.uiObsolete].map((key) => (
              <li key={key}>
                <code>{key}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** /translations: what is translated into each language, and what needs work, oldest first. */
export default function TranslationsDashboard({status}: {status: DashboardProps}): ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const rtl = i18n.localeConfigs[i18n.currentLocale]?.direction === 'rtl';
  const guide = `${String(siteConfig.customFields?.repositoryUrl)}/blob/main/CONTRIBUTING.md#translating`;
  const volunteerUrl = `${String(siteConfig.customFields?.repositoryUrl)}/blob/main/CONTRIBUTING.md#reviewing-a-translation`;
  const pagesLabel = translate({id: 'bsg.translations.column.pages', message: 'Pages', description: 'Column header: share of pages translated and current'});
  const uiLabel = translate({id: 'bsg.translations.column.ui', message: 'Interface strings', description: 'Column header: share of interface strings translated'});
  const title = translate({id: 'bsg.translations.title', message: 'Translation status', description: 'Title of the translation status page'});
  return (
    <Layout title={title} description={translate({id: 'bsg.translations.description', message: 'Which guidance pages and interface strings are translated into each official language, and what needs translating or updating.', description: 'Meta description of the translation status page'})}>
      <main className="container margin-vert--lg text-links">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="bsg.translations.intro" description="Introduction of the translation status page">
            Which guidance pages and interface strings are translated into each language, and which pages need translating or updating, oldest first. Translations are contributed by pull request.
          </Translate>{' '}
          <a href={guide}>
            <Translate id="bsg.translations.guide" description="Link to the translator's guide in CONTRIBUTING.md">
              Read the translator's guide
            </Translate>
          </a>
        </p>
        {!status.history && (
          <p className="alert alert--secondary">
            <Translate id="bsg.translations.noHistory" description="Shown when the site was built without git history">
              This build had no git history: dates and the size of changes are unknown.
            </Translate>
          </p>
        )}
        <Heading as="h2" id="coverage">
          <Translate id="bsg.translations.coverage" description="Heading of the coverage table">Coverage</Translate>
        </Heading>
        <CoverageChart locales={status.locales} rtl={rtl} />
        <ul className={styles.legend} aria-hidden="true">
          <li><span className={`${styles.swatch} ${styles.swatchPages}`} />{pagesLabel}</li>
          <li><span className={`${styles.swatch} ${styles.swatchUi}`} />{uiLabel}</li>
        </ul>
        <table>
          <thead>
            <tr>
              <th scope="col"><Translate id="bsg.translations.column.language" description="Column header: language">Language</Translate></th>
              <th scope="col">{pagesLabel}</th>
              <th scope="col">{uiLabel}</th>
              {STATUSES.map((s) => (
                <th scope="col" key={s}>{statusLabel(s)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {status.locales.map((locale) => (
              <tr key={locale.locale}>
                <th scope="row"><a href={`#locale-${locale.locale}`} lang={locale.locale}>{locale.label}</a></th>
                <td>{locale.pages}%</td>
                <td>{locale.ui}%</td>
                {STATUSES.map((s) => (
                  <td key={s}>{locale.counts[s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <Heading as="h2" id="review">
          <Translate id="bsg.translations.reviewHeading" description="Heading of the table of translations by review state">Review</Translate>
        </Heading>
        <ReviewTable locales={status.locales} />
        {status.locales.map((locale) => (
          <LocaleSection key={locale.locale} locale={locale} volunteerUrl={volunteerUrl} />
        ))}
      </main>
    </Layout>
  );
}
