import {chromium} from 'playwright-core';
import {CHROMIUM_OPTIONS} from './browser';
import {serveBuild} from './server';
import type {TestProject} from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumEndpoint: string;
  }
}

/**
 * One static server and one Chromium for all browser tests. Each test file
 * connects to that Chromium (checkPage.ts, startChromium) and works in
 * contexts of its own, closed with its connection: starting a browser per
 * file cost two to three seconds each, on two busy cores.
 */
export default async function setup(project: TestProject) {
  const server = await serveBuild();
  const browser = await chromium.launchServer(CHROMIUM_OPTIONS);
  project.provide('baseUrl', server.url);
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
