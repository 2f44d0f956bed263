import {serveBuild} from './server';
import type {TestProject} from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One static server for all browser tests; each test file starts its own Chromium. */
export default async function setup(project: TestProject) {
  const server = await serveBuild();
  project.provide('baseUrl', server.url);
  return server.close;
}
