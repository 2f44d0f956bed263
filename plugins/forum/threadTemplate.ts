import type {TemplateSpec} from '../utils/pageTemplate';

/** The thread route's template page (see plugins/utils/pageTemplate.ts, shared with the events). */
export const THREAD_TEMPLATE: TemplateSpec = {
  kind: 'thread',
  parameter: ':number',
  slotId: 'forum-thread',
  labelsId: 'forum-thread-labels',
  shell: 'src/components/forum/ThreadShell',
};
