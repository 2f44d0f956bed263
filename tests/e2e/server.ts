import {existsSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import handler from 'serve-handler';
import type {AddressInfo} from 'node:net';

export const BUILD_DIR = path.join(__dirname, '../../build');

/** The URL of `path` in `locale` (English has no prefix). */
export const localeUrl = (baseUrl: string, locale: string, path: string) =>
  `${baseUrl}${locale === 'en' ? '' : `/${locale}`}${path}`;

/**
 * Serves the production build on 127.0.0.1 the way `docusaurus serve` does
 * (clean URLs, no trailing slash), on a free port.
 */
export async function serveBuild(dir = BUILD_DIR): Promise<{url: string; close: () => Promise<void>}> {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No site build in ${dir}: run "npm run build" before the browser tests.`);
  }
  const server = http.createServer((request, response) =>
    handler(request, response, {public: dir, cleanUrls: true, trailingSlash: false}),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
