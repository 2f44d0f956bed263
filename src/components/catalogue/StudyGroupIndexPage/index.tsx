import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {usePlural} from '@site/src/lib/usePlural';
import type {StudyGroupIndexProps} from '@site/plugins/catalogue/props';
import styles from '../styles.module.css';

/** TSAG and the study groups of 2025–2028. */
export default function StudyGroupIndexPage({studyGroups}: StudyGroupIndexProps): ReactNode {
  const title = translate({id: 'catalogue.studyGroups.title', message: 'Study groups 2025–2028', description: 'Title of the study-group index page'});
  const plural = usePlural();
  return (
    <Layout title={title} description={translate({id: 'catalogue.studyGroups.description', message: 'TSAG and the ITU-T study groups of 2025–2028, with their Recommendations and guidance.', description: 'Meta description of the study-group index page'})}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <ul className={styles.list}>
          {studyGroups.map((group) => (
            <li key={group.id} className={styles.item}>
              <Heading as="h2">
                <Link to={group.permalink} translate="no">{group.id}</Link> — <span lang="en">{group.title}</span>
              </Heading>
              <p lang="en">{group.areas}</p>
              <p className={styles.meta}>
                {plural(translate({id: 'catalogue.studyGroups.count', message: '{count} Recommendation in this catalogue|{count} Recommendations in this catalogue', description: 'Number of Recommendations of a study group in the catalogue (plural forms)'}, {count: group.recommendationCount}), group.recommendationCount)}
              </p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
