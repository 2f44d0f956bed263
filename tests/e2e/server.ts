import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';
import type {AddressInfo} from 'node:net';

export const BUILD_DIR = path.join(__dirname, '../../build');

/** The URL of `path` in `locale` (English has no prefix). */
export const localeUrl = (baseUrl: string, locale: string, path: string) =>
  `${baseUrl}${locale === 'en' ? '' : `/${locale}`}${path}`;

/** The 404 page of the locale whose folder holds `absolutePath` (`<build>/fr/404.html`), if it has one; none for the default locale's. */
export function localeNotFoundPage(root: string, absolutePath: string): string | undefined {
  const [first, second] = path.relative(root, absolutePath).split(path.sep);
  if (!first || second === undefined || first === '..') return undefined;
  const page = path.join(root, first, '404.html');
  return existsSync(page) ? page : undefined;
}

/**
 * Serves the production build on 127.0.0.1 the way `docusaurus serve` does
 * (clean URLs, no trailing slash), on a free port; with `gzip`, text is sent
 * compressed as a static host sends it (GitHub Pages does), for benches that
 * time the transfer.
 */
export async function serveBuild(dir = BUILD_DIR, {gzip = false} = {}): Promise<{url: string; close: () => Promise<void>}> {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No site build in ${dir}: run "npm run build" before the browser tests.`);
  }
  // compression is Express middleware, and works on Node's own request and response (its types ask for Express's).
  const compress = gzip ? (compression() as unknown as (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void) : undefined;
  const serve = (request: http.IncomingMessage, response: http.ServerResponse) =>
    handler(request, response, {public: dir, cleanUrls: true, trailingSlash: false}, {
      // Each locale has its own 404 page: `/fr/nothing-here` gets build/fr/404.html, in French (issue 21).
      // serve-handler (and so `docusaurus serve`) sends build/404.html, in English, for every address.
      sendError: async (absolutePath = '', res, _acceptsJSON, _current, _handlers, _config, spec: {statusCode: number; message: string}) => {
        const notFound = path.join(dir, '404.html');
        const page = spec.statusCode !== 404 ? undefined : (localeNotFoundPage(dir, absolutePath) ?? (existsSync(notFound) ? notFound : undefined));
        res?.writeHead(spec.statusCode, {'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8'});
        res?.end(page ? await readFile(page) : spec.message);
      },
    });
  const server = http.createServer((request, response) =>
    compress ? compress(request, response, () => void serve(request, response)) : void serve(request, response),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
