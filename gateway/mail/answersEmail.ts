/**
 * The replies that came to a member's question since the last such email,
 * in their language. Answers by the forum's maintainers and experts are
 * quoted as plain text (`answerText`: capped, links as text with their host),
 * readable on a slow connection without opening the site; anyone else's reply
 * is only announced, without its text or its author's name, since nothing an
 * outsider writes goes out in BSG Hub's name. Then the thread on the site and
 * on GitHub.
 */
import type {Locale} from '../../locales';
import {answerText} from './answerText';
import {renderEmail} from './layout';
import type {Footer, Part, RenderedEmail} from './layout';

/** An answer to quote: its Markdown as GitHub has it now. */
export type MailedAnswer = {kind: 'answer' | 'accepted'; body: string};
/** `quoted`: answers by trusted authors; `others`: how many other replies came, announced only. */
export type Replies = {quoted: readonly MailedAnswer[]; others: number};

export function answersEmail(locale: Locale, title: string, {quoted, others}: Replies, links: {site: string; github: string}, footer: Footer): RenderedEmail {
  const answer = ({kind, body}: MailedAnswer): Part[] => {
    const {text, cut} = answerText(body);
    return [{say: kind === 'accepted' ? 'acceptedAnswer' : 'newAnswer'}, {quote: text, pre: true}, ...(cut ? [{say: 'answerCut'}, {link: links.site, label: 'answersOnSite'}] satisfies Part[] : [])];
  };
  const parts: Part[] =
    quoted.length > 0
      ? [{say: 'answersIntro'}, {quote: title, strong: true}, ...quoted.flatMap(answer), ...(others > 0 ? [{say: 'answersOtherReplies'} satisfies Part] : [])]
      : [{say: 'replyIntro'}, {quote: title, strong: true}, {say: 'replyNotQuoted'}];
  return renderEmail(locale, quoted.length > 0 ? 'answersSubject' : 'replySubject', [...parts, {link: links.site, label: 'answersOnSite'}, {link: links.github, label: 'answersOnGitHub'}], footer);
}
