import {contentHash} from './contentHash';
import {versionReader} from './gitHistory';
import type {FileVersion} from './gitHistory';
import type {Pin} from './pin';

/** The committed English version a pin designates, and how far back it is. */
export type PinnedVersion = {commit: string; text: string; /** position in the history, 0 = latest commit */ index: number};

/**
 * Finds which committed version of an English page a pin designates: its
 * `commit` first (if that version hashes to the pin), else every committed
 * version, newest first. Versions read from git are memoized across calls;
 * `close` ends the git process that reads them.
 */
export function pinnedVersionFinder(siteDir: string) {
  const texts = new Map<string, Promise<string | null>>();
  const reader = versionReader(siteDir);
  const read = (commit: string, file: string) => {
    const key = `${commit}:${file}`;
    if (!texts.has(key)) texts.set(key, reader.read(commit, file));
    return texts.get(key) as Promise<string | null>;
  };
  const find = async (file: string, pin: Pin, versions: readonly FileVersion[]): Promise<PinnedVersion | null> => {
    const ordered = pin.commit ? [pin.commit, ...versions.map((v) => v.commit).filter((c) => c !== pin.commit)] : versions.map((v) => v.commit);
    for (const commit of ordered) {
      const text = await read(commit, file);
      if (text !== null && contentHash(text) === pin.hash) {
        return {commit, text, index: versions.findIndex((v) => v.commit === commit)};
      }
    }
    return null;
  };
  return Object.assign(find, {close: reader.close});
}
