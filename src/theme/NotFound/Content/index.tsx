import React, {type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import SearchBar from '@theme/SearchBar';
import type {Props} from '@theme/NotFound/Content';

// The offline search's SearchBar (plugins/search-local) takes a placement; the theme's type of @theme/SearchBar has no props.
const PageSearch = SearchBar as ComponentType<{placement?: 'navbar' | 'page'}>;

/**
 * The 404 page of each language (build/<locale>/404.html; the servers send
 * it for unknown addresses under the locale's prefix): what to do next, in
 * the reader's language — search the site, or start from the forum or the
 * guidance — instead of "contact the owner of the site".
 */
export default function NotFoundContent({className}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  // DocSearch's button is in the navbar; a second one would answer its shortcuts twice. Without search, nothing.
  const offline = siteConfig.customFields?.searchKind === 'local';
  const places = [
    {to: '/forum', label: translate({id: 'notFound.forum', message: 'Questions and answers', description: '404 page: link to the forum'})},
    {to: '/docs/guidelines', label: translate({id: 'notFound.guidelines', message: 'Guidelines', description: '404 page: link to the guidelines'})},
    {to: '/docs/handbooks', label: translate({id: 'notFound.handbooks', message: 'Handbooks', description: '404 page: link to the handbooks'})},
    {to: '/docs/mentoring', label: translate({id: 'notFound.mentoring', message: 'Mentor guidance', description: '404 page: link to the mentor guidance'})},
    {to: '/', label: translate({id: 'notFound.home', message: 'Home page', description: '404 page: link to the home page'})},
  ];
  return (
    <main className={clsx('container margin-vert--xl', className)} data-testid="not-found">
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1" className="hero__title">
            <Translate id="theme.NotFound.title" description="The title of the 404 page">Page Not Found</Translate>
          </Heading>
          <p>
            <Translate id="theme.NotFound.p1" description="The first paragraph of the 404 page">We could not find what you were looking for.</Translate>
          </p>
          {offline && (
            <>
              <p>
                <Translate id="notFound.search" description="404 page: invites the reader to search, above the search button">
                  The address may be mistyped, or the page may have moved. Search for it:
                </Translate>
              </p>
              <p>
                <PageSearch placement="page" />
              </p>
            </>
          )}
          <Heading as="h2">
            <Translate id="notFound.start" description="404 page: heading of the list of places to start from">Or start from</Translate>
          </Heading>
          <ul>
            {places.map((place) => (
              <li key={place.to}>
                <Link to={place.to}>{place.label}</Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </main>
  );
}
