/**
 * tsx stopWriter.ts <snapshot dir> <step>: writes a changed copy of the
 * snapshot in <dir> and kills its own process (SIGKILL: no clean-up runs)
 * when the writer reaches <step>.
 */
import path from 'node:path';
import {loadSnapshot} from '../../../plugins/forum/loadSnapshot';
import {writeSnapshot} from '../../../plugins/forum/sync/writeSnapshot';
import {changed} from './snapshots';

const [dir = '', step = ''] = process.argv.slice(2);
const {snapshot} = loadSnapshot(path.dirname(dir), dir);
void writeSnapshot(dir, changed(snapshot), (reached) => {
  if (reached === step) process.kill(process.pid, 'SIGKILL');
});
