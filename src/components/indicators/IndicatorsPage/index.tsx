import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {Indicator, IndicatorsProps} from '@site/plugins/indicators/types';
import styles from './styles.module.css';

function Downloads({indicator, base}: {indicator: Indicator; base: string}): ReactNode {
  return (
    <span className={styles.downloads}>
      <Translate id="bsg.indicators.download" description="Label before the download links of a chart's numbers">
        Download:
      </Translate>{' '}
      {(['csv', 'json'] as const).map((format, i) => (
        <React.Fragment key={format}>
          {i > 0 && ' · '}
          <a href={`${base}${indicator.id}.${format}`} download={`${indicator.id}.${format}`} type={format === 'csv' ? 'text/csv' : 'application/json'} data-format={format}>
            {format.toUpperCase()}
          </a>
        </React.Fragment>
      ))}
    </span>
  );
}

function NumbersTable({indicator}: {indicator: Indicator}): ReactNode {
  const {columns, rows} = indicator.table;
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table} aria-labelledby={`${indicator.id}-title`}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? styles.numeric : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => {
                const Cell = c === 0 ? 'th' : 'td';
                return (
                  <Cell key={c} scope={c === 0 ? 'row' : undefined} lang={cell.lang} data-value={cell.value ?? ''} className={columns[c]?.numeric ? styles.numeric : undefined}>
                    {/* Plain links: forum thread pages are written after the build, not routes. */}
                    {cell.href ? (
                      <a href={cell.href}>
                        {cell.text}
                      </a>
                    ) : (
                      cell.text
                    )}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Figure({indicator, base}: {indicator: Indicator; base: string}): ReactNode {
  return (
    <figure className={styles.figure} id={indicator.id} aria-labelledby={`${indicator.id}-title`}>
      <Heading as="h3" id={`${indicator.id}-title`}>
        {indicator.title}
      </Heading>
      {/* Drawn at build time: static SVG, no charting code in the browser. */}
      {indicator.svg && <div className={styles.chart} dangerouslySetInnerHTML={{__html: indicator.svg}} />}
      {indicator.table.rows.length === 0 ? (
        <p>
          <Translate id="bsg.indicators.empty" description="Shown instead of a table with no rows">
            Nothing to count yet.
          </Translate>
        </p>
      ) : indicator.svg ? (
        <details className={styles.details}>
          <summary>
            <Translate id="bsg.indicators.showTable" description="Summary that opens the table of a chart's numbers">
              The numbers as a table
            </Translate>
          </summary>
          <NumbersTable indicator={indicator} />
        </details>
      ) : (
        <NumbersTable indicator={indicator} />
      )}
      {/* Last: a figure's caption is its first or its last child, nothing after it. */}
      <figcaption className={styles.source}>
        <Translate id="bsg.indicators.source" description="Where a chart's numbers come from and the date they reflect" values={{source: indicator.source, date: <time dateTime={indicator.asOf}>{indicator.asOfText}</time>}}>
          {'Source: {source}. Data as of {date}.'}
        </Translate>{' '}
        <Downloads indicator={indicator} base={base} />
      </figcaption>
    </figure>
  );
}

/** `/indicators`: whether the standardization gap is closing, in charts, tables and downloads. */
export default function IndicatorsPage({indicators}: {indicators: IndicatorsProps}): ReactNode {
  const title = translate({id: 'bsg.indicators.title', message: 'Indicators', description: 'Title of the indicators page'});
  return (
    <Layout title={title} description={translate({id: 'bsg.indicators.description', message: 'Charts of the questions members ask and how they are answered, of the guidance and of its translations.', description: 'Meta description of the indicators page'})}>
      <main className="container margin-vert--lg text-links">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="bsg.indicators.intro" description="Introduction of the indicators page">
            Resolution 44 asks for indicators that show whether the standardization gap is closing. These are the ones BSG Hub can compute from its own data: the questions members ask and how they are answered, who asks them, the guidance and its translations. Each chart says what it is computed from and when; its numbers are in a table and can be downloaded.
          </Translate>
        </p>
        <nav aria-label={translate({id: 'bsg.indicators.contents', message: 'Sections', description: 'Accessible name of the list of sections of the indicators page'})}>
          <ul className={styles.contents}>
            {indicators.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        {indicators.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <Heading as="h2" id={section.id}>
              {section.title}
            </Heading>
            {section.sample && (
              <p className="alert alert--warning" role="note">
                <Translate id="bsg.indicators.sample" description="Warning above indicators computed from the made-up sample forum">
                  Sample data: the forum holds made-up questions to show how it works, so these numbers describe nothing real.
                </Translate>
              </p>
            )}
            {section.notes?.map((note) => (
              <p key={note}>{note}</p>
            ))}
            <div className={styles.grid}>
              {section.indicators.map((indicator) => (
                <Figure key={indicator.id} indicator={indicator} base={indicators.downloads} />
              ))}
            </div>
          </section>
        ))}
      </main>
    </Layout>
  );
}
