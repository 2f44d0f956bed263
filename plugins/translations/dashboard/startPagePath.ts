/**
 * Where the "translate" link for a page lives, relative to the site root: a
 * page written after the build that forwards to GitHub's prefilled form.
 * No Node imports: the fallback notice links here from the browser bundle.
 */
export const startPagePath = (locale: string, page: string) => `translations/new/${locale}/${page.replace(/\.mdx?$/, '')}`;
