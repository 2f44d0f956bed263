import {readFileSync, statSync} from 'node:fs';
import {messagesNamedIn, registration} from './pick';
import {REGISTRY} from './shared';
import type {LoaderContext} from '@rspack/core';

/**
 * `messages`: the locale's `codeTranslations.json`, as Docusaurus wrote it;
 * `hash`: its hash when the bundler was configured, which only keys the cache.
 */
export interface LoaderOptions {
  messages: string;
  hash: string;
}

const loaded = new Map<string, {modified: number; messages: Record<string, string>}>();

/** The file's messages, read again when it changes (the development server rewrites it when a translation is edited). */
function readMessages(file: string): Record<string, string> {
  const modified = statSync(file).mtimeMs;
  const known = loaded.get(file);
  if (known?.modified === modified) return known.messages;
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  loaded.set(file, {modified, messages});
  return messages;
}

/** Puts before each module the translations of the UI strings it names (./index.ts). */
export default function codeTranslationsLoader(this: LoaderContext<LoaderOptions>, code: string, map?: string): void {
  const {messages} = this.getOptions();
  // A translation edited while `npm start` runs shows at once, as it does without this loader. Not in a build: each
  // locale's build rewrites the file, which would make the bundler's cache rebuild every module of the next one.
  if (this.mode === 'development') this.addDependency(messages);
  const picked = this.resourcePath === REGISTRY ? {} : messagesNamedIn(code, readMessages(messages));
  this.callback(null, Object.keys(picked).length === 0 ? code : registration(picked, REGISTRY) + code, map);
}
