import {readFileSync} from 'node:fs';
import path from 'node:path';
import {hashMessages, REGISTRY} from './shared';
import {messagesNamedIn, registration} from './pick';
import type {LoaderContext} from '@rspack/core';

/** `messages`: the locale's `codeTranslations.json`; `hash`: its hash when the bundler was configured. */
export interface LoaderOptions {
  messages: string;
  hash: string;
}

const loaded = new Map<string, Record<string, string>>();

function readMessages({messages: file, hash}: LoaderOptions): Record<string, string> {
  const known = loaded.get(hash);
  if (known) return known;
  const json = readFileSync(file, 'utf8');
  if (hashMessages(json) !== hash) {
    throw new Error(`${path.relative(process.cwd(), file)} changed while the site was being built: build again.`);
  }
  const messages = JSON.parse(json) as Record<string, string>;
  loaded.set(hash, messages);
  return messages;
}

/** Puts before each module the translations of the UI strings it names (./index.ts). */
export default function codeTranslationsLoader(this: LoaderContext<LoaderOptions>, code: string, map?: string): void {
  const picked = this.resourcePath === REGISTRY ? {} : messagesNamedIn(code, readMessages(this.getOptions()));
  if (Object.keys(picked).length === 0) {
    this.callback(null, code, map);
    return;
  }
  this.callback(null, registration(picked, REGISTRY) + code, map);
}
