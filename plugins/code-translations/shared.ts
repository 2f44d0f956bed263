import {createHash} from 'node:crypto';
import path from 'node:path';

/** The module that stands in for `@generated/codeTranslations` (./registry.ts). */
export const REGISTRY = path.join(__dirname, 'registry.ts');

/** Keys the bundler's cache of each module on the messages it was built with (./index.ts). */
export function hashMessages(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}
