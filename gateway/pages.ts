/**
 * The gateway's HTML pages (answers to a question posted as a form, the pages
 * behind the emails' links), in the member's language, built as a hast tree
 * and serialized: no text a member sent is ever concatenated into HTML. Each
 * carries the site's name, logo and colours and leads back to it (issue 21:
 * a page on another host that looks like nothing the member knows reads as
 * phishing); the policy allows inline styles and inline SVG only.
 */
import type {Locale} from '../locales';
import {h, s} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import {direction, say, text} from './messages';
import {HONEYPOT_FIELD, LIMITS, STAMP_FIELD} from './questions/fields';
import {RATE_LIMITS} from './questions/limits';
import type {Element, ElementContent} from 'hast';
import type {Message, TextKey} from './messages';
import type {FieldProblem, SentFields} from './questions/fields';

/** Who reads a page: in which language, and the site (`BSG_HUB_URL`) its links lead back to. */
export type Reader = {locale: Locale; hubUrl: string};

/**
 * Phone first (one column, full-width fields, 44 px targets), the site's
 * colours (Infima's primary `#0b5cad` of src/css/custom.css, its dark
 * footer), logical properties so that Arabic mirrors, and nothing wider
 * than the screen.
 */
const STYLE = [
  '*,*::before,*::after{box-sizing:border-box}',
  'body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1c1e21;background:#fff;overflow-wrap:break-word}',
  'html[lang=ar],html[lang=zh]{font-size:106.25%}',
  'a{color:#0b5cad;text-underline-offset:.15em}',
  '.site{display:flex;align-items:center;padding:.5rem 1rem;box-shadow:0 1px 2px rgba(0,0,0,.1)}',
  '.brand{display:inline-flex;align-items:center;gap:.5rem;min-height:44px;color:#1c1e21;font-weight:700;font-size:1.125rem;text-decoration:none}',
  'main{max-width:40rem;margin:0 auto;padding:1rem 1rem 2rem}',
  'h1{font-size:1.5rem;line-height:1.3;margin:.5rem 0 1rem}',
  '.field{margin:0 0 1.25rem}',
  'label{display:block;font-weight:600;margin-bottom:.25rem}',
  'input,textarea{display:block;width:100%;font:inherit;padding:.5rem .75rem;border:1px solid #6b7280;border-radius:.4rem;color:inherit;background:#fff}',
  'textarea{resize:vertical}',
  ':focus-visible{outline:3px solid #0b5cad;outline-offset:2px}',
  '[aria-invalid=true]{border:2px solid #b3261e}',
  '.problem{color:#b3261e;font-weight:600;margin:.25rem 0 0}',
  '.alert,.note{padding:.75rem 1rem;margin:0 0 1rem;border-radius:.25rem;border-inline-start:4px solid}',
  '.alert{border-color:#b3261e;background:#fdecea}',
  '.alert ul{margin:0;padding-inline-start:1.25rem}',
  '.note{border-color:#0b5cad;background:#ebf3fb}',
  '.address{font-weight:700;font-size:1.125rem}',
  'button{font:inherit;font-weight:700;min-height:44px;padding:.6rem 1.25rem;border:2px solid #0b5cad;border-radius:.4rem;background:#0b5cad;color:#fff;cursor:pointer}',
  '.secondary{background:#fff;color:#0b5cad}',
  'footer{background:#303846;color:#ebedf0;padding:1.25rem 1rem}',
  'footer ul{list-style:none;margin:0 auto;padding:0;max-width:40rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}',
  'footer a{color:#ebedf0;display:inline-block;min-height:24px}',
  // Off screen, not hidden: a robot filling every field it finds fills this one too. Off the start side: in Arabic, off the right, where no scroll reaches.
  '.trap{position:absolute;inset-inline-start:-10000px;width:1px;height:1px;overflow:hidden}',
].join('');

/** The site's logo (static/img/logo.svg, held to it by a unit test), beside its name: decorative. */
export const LOGO = s('svg', {xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 32 32', width: 32, height: 32, ariaHidden: 'true', focusable: 'false'}, [
  s('rect', {width: 32, height: 32, rx: 6, fill: '#0b5cad'}),
  s('path', {d: 'M6 22h20M9 22V12m7 10V8m7 14v-7', stroke: '#fff', strokeWidth: 3, strokeLinecap: 'round'}),
]);

/** The site in the member's language (the site prefixes every locale but English). */
const siteUrl = (hubUrl: string, locale: Locale) => `${hubUrl}${locale === 'en' ? '' : `/${locale}`}`;
/** The site's ask page in the member's language, the title filled in when given (`?title=`). */
export function askPageUrl(hubUrl: string, locale: Locale, title = ''): string {
  const url = new URL(`${siteUrl(hubUrl, locale)}/forum/ask`);
  if (title.trim()) url.searchParams.set('title', title.trim());
  return url.href;
}
/** A thread's page on the site, in the member's language. */
export const threadPageUrl = (hubUrl: string, locale: Locale, number: number) => `${siteUrl(hubUrl, locale)}/forum/${number}`;

export function page({locale, hubUrl}: Reader, title: TextKey, content: ElementContent[]): string {
  const site = siteUrl(hubUrl, locale);
  const tree = h(null, [
    {type: 'doctype'},
    h('html', {lang: locale, dir: direction(locale)}, [
      h('head', [
        h('meta', {charset: 'utf-8'}),
        h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
        h('meta', {name: 'robots', content: 'noindex'}),
        h('title', `${text(locale, title)} · BSG Hub`),
        h('style', STYLE),
      ]),
      h('body', [
        h('header', {className: ['site']}, h('a', {className: ['brand'], href: `${site}/`}, [LOGO, 'BSG Hub'])),
        h('main', [h('h1', text(locale, title)), ...content]),
        h('footer', h('ul', [h('li', h('a', {href: `${site}/forum`}, text(locale, 'backToForum'))), h('li', h('a', {href: `${site}/docs/privacy`}, text(locale, 'privacy')))])),
      ]),
    ]),
  ]);
  return toHtml(tree);
}

export const messagePage = (reader: Reader, title: TextKey, message: Message, extra: ElementContent[] = []) => page(reader, title, [h('p', say(reader.locale, message)), ...extra]);

/** A link to the site's ask page, with the title the member wrote, if any. */
const askLink = (reader: Reader, label: TextKey, title = '') => h('p', h('a', {href: askPageUrl(reader.hubUrl, reader.locale, title)}, text(reader.locale, label)));

/** A form refused before it could be read (too large, unreadable, from another origin): nothing to give back but the way to the form. */
export const refusedPage = (reader: Reader, problems: Message[]) => page(reader, 'refusedTitle', [...alert(reader.locale, problems, null), askLink(reader, 'backToForm')]);

/** A page with a button, not a change on GET: mail scanners open links, only a person presses the button. */
export function buttonPage(reader: Reader, keys: {title: TextKey; intro: TextKey; button: TextKey}, action: string): string {
  return page(reader, keys.title, [
    h('p', text(reader.locale, keys.intro)),
    h('form', {method: 'post', action}, [h('button', {type: 'submit'}, text(reader.locale, keys.button))]),
  ]);
}

/** A link opened once its address had its confirmed questions of the day: it works again later. */
export const confirmLimitPage = (reader: Reader) => messagePage(reader, 'refusedTitle', {key: 'confirmLimit', n: RATE_LIMITS.email.max});
export const confirmPage = (reader: Reader, action: string) => buttonPage(reader, {title: 'confirmTitle', intro: 'confirmIntro', button: 'confirmButton'}, action);
/** Confirmed now, or before (the link opened again): what happens next, and no reason to ask again. */
export function confirmedPage(reader: Reader, moderationHours: number, already = false): string {
  const forum = h('p', h('a', {href: `${siteUrl(reader.hubUrl, reader.locale)}/forum`}, text(reader.locale, 'backToForum')));
  return already
    ? messagePage(reader, 'alreadyConfirmedTitle', {key: 'alreadyConfirmed', n: moderationHours}, [forum])
    : messagePage(reader, 'confirmedTitle', {key: 'confirmed', n: moderationHours}, [forum]);
}
export const confirmExpiredPage = (reader: Reader) => messagePage(reader, 'confirmExpiredTitle', {key: 'confirmExpired'}, [askLink(reader, 'askAgain')]);
export const unsubscribePage = (reader: Reader, action: string) => buttonPage(reader, {title: 'unsubscribeTitle', intro: 'unsubscribeIntro', button: 'unsubscribeButton'}, action);
export const erasePage = (reader: Reader, action: string) => buttonPage(reader, {title: 'deleteTitle', intro: 'deleteIntro', button: 'deleteButton'}, action);

/**
 * A labelled control with its problems beside it (named by the control's
 * `aria-describedby`, with `aria-invalid`), and a note if any. Labels by
 * `for`, not around the control: a text box's own text would join its name.
 */
function field(locale: Locale, label: TextKey, control: Element, problems: Message[], note?: TextKey): Element {
  const id = String(control.properties.id);
  const described = [...(problems.length > 0 ? [`${id}-problem`] : []), ...(note ? [`${id}-note`] : [])];
  Object.assign(control.properties, described.length > 0 ? {ariaDescribedBy: described.join(' ')} : {}, problems.length > 0 ? {ariaInvalid: 'true'} : {});
  return h('div', {className: ['field']}, [
    h('label', {for: id}, text(locale, label)),
    control,
    ...(problems.length > 0 ? [h('p', {id: `${id}-problem`, className: ['problem']}, problems.map((message) => say(locale, message)).join(' '))] : []),
    ...(note ? [h('p', {id: `${id}-note`}, text(locale, note))] : []),
  ]);
}

/** The problems no field shows, with a word on what to do about the others, as one alert; nothing when all is well. */
function alert(locale: Locale, problems: Message[], after: TextKey | null): ElementContent[] {
  if (problems.length === 0 && !after) return [];
  return [h('div', {className: ['alert'], role: 'alert'}, [...(problems.length > 0 ? [h('ul', problems.map((message) => h('li', say(locale, message))))] : []), ...(after ? [h('p', text(locale, after))] : [])])];
}

/** The follow-up form behind the link in an email: the question's title, what was wrong (with the member's text kept), the text box. */
export function followUpPage(reader: Reader, title: string, action: string, refused: {text: string; problems: Message[]} = {text: '', problems: []}): string {
  const {locale} = reader;
  return page(reader, 'followUpTitle', [
    ...alert(locale, [], refused.problems.length > 0 ? 'fixBelow' : null),
    h('p', text(locale, 'followUpIntro')),
    h('blockquote', {dir: 'auto'}, h('strong', title)),
    h('form', {method: 'post', action}, [
      field(locale, 'followUpLabel', h('textarea', {id: 'follow-up', name: 'text', rows: 10, required: true, maxLength: LIMITS.questionChars, dir: 'auto'}, refused.text), refused.problems, 'followUpNote'),
      h('button', {type: 'submit'}, text(locale, 'followUpButton')),
    ]),
  ]);
}

/** The fields a member writes, and those the site's pickers fill (carried hidden, shown only to correct a problem). */
const WRITTEN = [
  {name: 'title', label: 'fieldTitle'},
  {name: 'question', label: 'fieldQuestion'},
  {name: 'email', label: 'fieldEmail'},
  {name: 'name', label: 'fieldName'},
] as const;
const PICKED: Partial<Record<string, TextKey>> = {country: 'fieldCountry', study_group: 'fieldStudyGroup', recommendations: 'fieldRecommendations'};

/**
 * A question as the member sent it, on the gateway's own page, to be sent
 * again: the first answer to a form posted without JavaScript (`refused`
 * false), and every refusal of a question posted as a form, which never loses
 * a word (issue 21). Each problem is beside its field, in the member's
 * language; a picked field with a problem becomes a text box, the others
 * stay hidden, as sent; the problems of no field (a limit, the anti-spam
 * check) head the page. `stamp` lets the page through once a few seconds old
 * (see `stamp.ts`); the honeypot stays.
 */
export function questionPage(reader: Reader, sent: SentFields, {stamp, problems, refused}: {stamp: string; problems: FieldProblem[]; refused: boolean}): string {
  const {locale} = reader;
  const of = (name: string) => problems.filter((problem) => problem.field === name).map((problem) => problem.message);
  const shownPicked = Object.keys(PICKED).filter((name) => of(name).length > 0);
  const shown = new Set<string>([...WRITTEN.map((written) => written.name), ...shownPicked]);
  const general = problems.filter((problem) => !shown.has(problem.field)).map((problem) => problem.message);
  const atFields = problems.length > general.length;
  const controls = {
    title: h('input', {id: 'title', name: 'title', value: sent.title, required: true, maxLength: LIMITS.titleChars, dir: 'auto'}),
    question: h('textarea', {id: 'question', name: 'question', rows: 10, required: true, maxLength: LIMITS.questionChars, dir: 'auto'}, sent.question),
    email: h('input', {id: 'email', type: 'email', name: 'email', value: sent.email, required: true, maxLength: LIMITS.emailChars, dir: 'ltr', autoComplete: 'email'}),
    name: h('input', {id: 'name', name: 'name', value: sent.name, maxLength: LIMITS.nameChars, dir: 'auto', autoComplete: 'nickname'}),
  };
  const picked = (name: string) => sent.hidden.filter(([hidden]) => hidden === name).map(([, value]) => value);
  return page(reader, refused ? 'refusedTitle' : 'sendTitle', [
    ...alert(locale, general, refused ? (atFields ? 'fixBelow' : 'keptBelow') : null),
    h('p', text(locale, 'sendIntro')),
    h('form', {method: 'post', action: '/api/questions'}, [
      ...WRITTEN.map(({name, label}) => field(locale, label, controls[name], of(name))),
      ...shownPicked.map((name) => field(locale, PICKED[name]!, h('input', {id: name, name, value: picked(name).join(', '), dir: 'auto'}), of(name))),
      ...sent.hidden.filter(([name]) => !shown.has(name)).map(([name, value]) => h('input', {type: 'hidden', name, value})),
      h('input', {type: 'hidden', name: STAMP_FIELD, value: stamp}),
      h('div', {className: ['trap'], ariaHidden: 'true'}, h('label', [text(locale, 'fieldTrap'), h('input', {name: HONEYPOT_FIELD, value: '', tabIndex: -1, autoComplete: 'off'})])),
      h('button', {type: 'submit'}, text(locale, 'sendButton')),
    ]),
    askLink(reader, 'askOnGitHub', sent.title),
  ]);
}

/**
 * "Check your email": where the link went (`masked`, see `maskEmail.ts`), a
 * word on spam folders, how long moderation takes, and "wrong address?": the
 * question as sent, in hidden fields, back to the gateway without a stamp,
 * which answers with it filled in, the address to correct (nothing is sent
 * before the member sends it again). The same for an accepted question and
 * one over its address's limit: it shows only what the member sent.
 */
export function receivedPage(reader: Reader, {masked, sent, moderationHours}: {masked: string; sent: SentFields; moderationHours: number}): string {
  const {locale} = reader;
  const again = [['title', sent.title], ['question', sent.question], ['email', sent.email], ['name', sent.name], ...sent.hidden].filter(([, value]) => value !== '');
  return page(reader, 'receivedTitle', [
    h('p', [text(locale, 'receivedSentTo'), h('br'), h('bdi', {className: ['address'], dir: 'ltr'}, masked)]),
    h('p', text(locale, 'receivedOpen')),
    h('p', {className: ['note']}, text(locale, 'receivedSpam')),
    h('p', say(locale, {key: 'moderationTime', n: moderationHours})),
    h('form', {method: 'post', action: '/api/questions'}, [
      h('p', text(locale, 'wrongAddress')),
      ...again.map(([name, value]) => h('input', {type: 'hidden', name, value})),
      h('button', {type: 'submit', className: ['secondary']}, text(locale, 'wrongAddressButton')),
    ]),
  ]);
}
