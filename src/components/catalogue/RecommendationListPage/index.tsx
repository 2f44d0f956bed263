import React, {type ReactNode, useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {filterRecommendations, filtersFromSearch, filtersToSearch, NO_FILTERS} from '@site/src/lib/catalogueFilters';
import {usePlural} from '@site/src/lib/usePlural';
import type {Filters} from '@site/src/lib/catalogueFilters';
import type {RecommendationListProps} from '@site/plugins/catalogue/props';
import {policyLabel, statusLabel} from '../labels';
import styles from '../styles.module.css';

type Option = {value: string; label: string};

function Select({label, name, value, options, onChange}: {
  label: string;
  name: keyof Filters;
  value: string;
  options: Option[];
  onChange: (name: keyof Filters, value: string) => void;
}) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(event) => onChange(name, event.target.value)}>
        <option value="">{translate({id: 'catalogue.filter.any', message: 'Any', description: 'Filter option that does not restrict the list'})}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Every Recommendation in the catalogue. The list is static HTML; the filters
 * appear once JavaScript runs, and live in the URL query so a view can be shared.
 */
export default function RecommendationListPage({items, studyGroups}: RecommendationListProps): ReactNode {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // The URL query is only known in the browser: reading it after hydration
  // keeps the server-rendered list (all Recommendations) and the first client render equal.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setFilters(filtersFromSearch(window.location.search)), []);
  const update = (name: keyof Filters, value: string) => {
    const next = {...filters, [name]: value};
    setFilters(next);
    window.history.replaceState(null, '', `${window.location.pathname}${filtersToSearch(next)}`);
  };
  const shown = filterRecommendations(items, filters);
  const plural = usePlural();
  const statuses = statusLabel();
  const yesNo: Option[] = [
    {value: 'yes', label: translate({id: 'catalogue.filter.yes', message: 'Yes', description: 'Filter option: only items that have it'})},
    {value: 'no', label: translate({id: 'catalogue.filter.no', message: 'No', description: 'Filter option: only items that lack it'})},
  ];
  const series = [...new Set(items.map((item) => item.series))].sort();
  const title = translate({id: 'catalogue.list.title', message: 'ITU-T Recommendations', description: 'Title of the Recommendations catalogue page'});
  return (
    <Layout
      title={title}
      description={translate({id: 'catalogue.list.description', message: 'The ITU-T Recommendations that BSG Hub’s guidance, questions and products concern, with what the site offers on each.', description: 'Meta description of the Recommendations catalogue page'})}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="catalogue.list.intro" description="Introduction of the Recommendations catalogue page">
            Each Recommendation links to its official page and to everything on this site that concerns it: guidance, questions and conforming products.
          </Translate>
        </p>
        {/* In the HTML, shown once the page is interactive (.script-only): the list below does not move. */}
        <form className={`${styles.filters} script-only`} role="search" onSubmit={(event) => event.preventDefault()}>
          <Select label={translate({id: 'catalogue.filter.series', message: 'Series', description: 'Filter label: Recommendation series letter'})} name="series" value={filters.series} onChange={update} options={series.map((s) => ({value: s, label: s}))} />
          <Select label={translate({id: 'catalogue.filter.studyGroup', message: 'Study group', description: 'Filter label: responsible study group'})} name="studyGroup" value={filters.studyGroup} onChange={update} options={studyGroups.map((g) => ({value: g, label: g}))} />
          <Select label={translate({id: 'catalogue.filter.status', message: 'Status', description: 'Filter label: in force, superseded or withdrawn'})} name="status" value={filters.status} onChange={update} options={Object.entries(statuses).map(([value, label]) => ({value, label}))} />
          <Select label={policyLabel()} name="policy" value={filters.policy} onChange={update} options={yesNo} />
          <Select label={translate({id: 'catalogue.filter.guidance', message: 'Has guidance', description: 'Filter label: Recommendations that guidance pages concern'})} name="guidance" value={filters.guidance} onChange={update} options={yesNo} />
          <Select label={translate({id: 'catalogue.filter.questions', message: 'Has questions', description: 'Filter label: Recommendations that forum questions concern'})} name="questions" value={filters.questions} onChange={update} options={yesNo} />
        </form>
        <p role="status" className={styles.meta}>
          {plural(translate({id: 'catalogue.list.count', message: 'Showing {shown} of {total} Recommendation|Showing {shown} of {total} Recommendations', description: 'How many Recommendations the filtered list shows (plural forms, by {total})'}, {shown: shown.length, total: items.length}), items.length)}
        </p>
        <ul className={styles.list}>
          {shown.map((item) => (
            <li key={item.id} className={styles.item} data-recommendation={item.id}>
              <Heading as="h2">
                <Link to={item.permalink} translate="no">ITU-T {item.id}</Link> — {item.title}
              </Heading>
              <ul className={styles.badges}>
                <li className={styles.badge}>{item.studyGroup}</li>
                <li className={styles.badge}>{statuses[item.status]}</li>
                {item.policy && <li className={styles.badge}>{policyLabel()}</li>}
                <li>
                  {plural(translate({id: 'catalogue.list.guidance', message: '{count} guidance page|{count} guidance pages', description: 'Number of guidance pages about a Recommendation (plural forms)'}, {count: item.guidanceCount}), item.guidanceCount)}
                  {' · '}
                  {plural(translate({id: 'catalogue.list.questions', message: '{count} question|{count} questions', description: 'Number of forum questions about a Recommendation (plural forms)'}, {count: item.questionCount}), item.questionCount)}
                </li>
              </ul>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
