import type {Snapshot} from '../../../plugins/forum/types';

/** The snapshot a later sync would write: a new time, a thread gone, a title edited. */
export const changed = (snapshot: Snapshot): Snapshot => ({
  state: {...snapshot.state, synced_at: '2030-01-01T00:00:00Z'},
  threads: snapshot.threads.slice(1).map((thread, index) => (index === 0 ? {...thread, title: `${thread.title} (edited)`} : thread)),
});
