import {parsePageTemplate} from '../utils/pageTemplate';
import type {ThreadLabels} from './threadHtml';
import type {ElementContent} from 'hast';

/** What a thread page puts into the template: all of it untrusted but the number. */
export type ThreadPage = {number: number; title: string; content: ElementContent};

export type ThreadTemplate = {
  /** The translated words of thread pages, in the template's language. */
  labels: ThreadLabels;
  /** The whole page of one thread. */
  fill: (page: ThreadPage) => string;
};

/** The thread route's template (see plugins/utils/pageTemplate.ts, shared with the events). */
export function parseThreadTemplate(html: string, file: string): ThreadTemplate {
  const template = parsePageTemplate<ThreadLabels>(html, file, {
    kind: 'thread',
    parameter: ':number',
    slotId: 'forum-thread',
    labelsId: 'forum-thread-labels',
    shell: 'src/components/forum/ThreadShell',
  });
  return {labels: template.labels, fill: ({number, ...page}) => template.fill({parameter: String(number), ...page})};
}
