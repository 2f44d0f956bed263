import {LOCALES} from '../../../locales';
import fs from 'node:fs';
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, test} from 'vitest';
import {say} from '../../../gateway/messages';
import {askPageUrl, confirmedPage, confirmExpiredPage, confirmPage, LOGO, page, questionPage, receivedPage, refusedPage} from '../../../gateway/pages';
import type {Element} from 'hast';
import type {SentFields} from '../../../gateway/questions/fields';

const HUB = 'https://hub.example.org/base';
const reader = (locale: (typeof LOCALES)[number]) => ({locale, hubUrl: HUB});
const hostile = '"><script>alert(1)</script>';
const textOf = (node: Element | undefined): string => (node ? node.children.map((child) => ('value' in child ? child.value : child.type === 'element' ? textOf(child) : '')).join('') : '');

describe('every page', () => {
  test.each(LOCALES)('in %s: the language and direction, the site\'s name and logo linking home, the forum and the privacy page in the footer', (locale) => {
    const tree = fromHtml(page(reader(locale), 'linkTitle', []));
    expect(select('html', tree)?.properties).toMatchObject({lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr'});
    const prefix = locale === 'en' ? HUB : `${HUB}/${locale}`;
    const brand = select('header a', tree)!;
    expect(brand.properties.href).toBe(`${prefix}/`);
    // The link's name is the site's; the logo beside it is decorative.
    expect(textOf(brand)).toBe('BSG Hub');
    expect(select('svg', brand)?.properties).toMatchObject({ariaHidden: 'true'});
    expect(selectAll('footer a', tree).map((a) => [a.properties.href, textOf(a)])).toEqual([
      [`${prefix}/forum`, say(locale, {key: 'backToForum'})],
      [`${prefix}/docs/privacy`, say(locale, {key: 'privacy'})],
    ]);
    // Nothing loaded from anywhere: the policy allows inline styles and inline SVG only.
    expect(selectAll('link, script, img, [src]', tree)).toEqual([]);
  });

  test('the logo is the site\'s own (static/img/logo.svg), drawn inline', () => {
    const file = fromHtml(fs.readFileSync(path.join(__dirname, '../../../static/img/logo.svg'), 'utf8'), {fragment: true, space: 'svg'});
    const shapes = (svg: Element) => svg.children.filter((child): child is Element => child.type === 'element').map((child) => toHtml(child, {space: 'svg'}));
    const fileSvg = select('svg', file)!;
    expect(shapes(LOGO)).toEqual(shapes(fileSvg));
    expect(LOGO.properties.viewBox).toBe(fileSvg.properties.viewBox);
  });
});

test('a form the gateway could not read lists why, in the member\'s language, and links back to the site\'s form', () => {
  const html = refusedPage(reader('ar'), [{key: 'tooLarge', n: 64}]);
  expect(html).toContain('<li>النموذج كبير جدًا: 64 كيلوبايت على الأكثر.</li>');
  expect(html).toContain(`<a href="${HUB}/ar/forum/ask">العودة إلى النموذج</a>`);
});

test('the confirmation page changes nothing by itself: a button posts', () => {
  const html = confirmPage(reader('zh'), '/confirm/a"b<c');
  expect(html).toContain('<form method="post" action="/confirm/a&#x22;b<c"><button type="submit">确认我的问题</button></form>');
});

test('confirmed, and confirmed already: what happens next and the way back to the forum; expired: the way to ask again', () => {
  const now = fromHtml(confirmedPage(reader('fr'), 72));
  expect(textOf(select('h1', now))).toBe(say('fr', {key: 'confirmedTitle'}));
  expect(textOf(select('main p', now))).toBe(say('fr', {key: 'confirmed', n: 72}));
  expect(say('fr', {key: 'confirmed', n: 72})).toContain('sous 72 heures');
  expect(select('main a', now)?.properties.href).toBe(`${HUB}/fr/forum`);
  const again = fromHtml(confirmedPage(reader('ru'), 48, true));
  expect(textOf(select('h1', again))).toBe(say('ru', {key: 'alreadyConfirmedTitle'}));
  expect(textOf(select('main p', again))).toContain('в течение 48 часов');
  const expired = fromHtml(confirmExpiredPage(reader('ar')));
  expect(textOf(select('h1', expired))).toBe(say('ar', {key: 'confirmExpiredTitle'}));
  expect(select('main a', expired)?.properties.href).toBe(`${HUB}/ar/forum/ask`);
});

test('hours and minutes agree with their number in Russian and Arabic', () => {
  expect([1, 2, 5, 21, 48].map((n) => /в течение (\d+ [а-я]+)/.exec(say('ru', {key: 'moderationTime', n: n}))?.[1])).toEqual(['1 часа', '2 часов', '5 часов', '21 часа', '48 часов']);
  expect([1, 3, 5, 21, 60].map((n) => /через (\d+ [а-я]+)/.exec(say('ru', {key: 'limitBlock', n: n}))?.[1])).toEqual(['1 минуту', '3 минуты', '5 минут', '21 минуту', '60 минут']);
  expect([1, 2, 3, 11, 100].map((n) => /بعد (.+?)،/.exec(say('ar', {key: 'limitBlock', n: n}))?.[1])).toEqual(['دقيقة واحدة', 'دقيقتين', '3 دقائق', '11 دقيقة', '100 دقيقة']);
  expect([1, 2, 10, 48].map((n) => /خلال (.+?)،/.exec(say('ar', {key: 'moderationTime', n: n}))?.[1])).toEqual(['ساعة واحدة', 'ساعتين', '10 ساعات', '48 ساعة']);
  expect(say('en', {key: 'limitBlock', n: 1})).toContain('in 1 minute,');
});

describe('the question page', () => {
  const sent: SentFields = {title: `T ${hostile}`, question: `</textarea>${hostile}\nline 2`, email: 'a@example.org', name: hostile, hidden: [['language', 'fr'], ['recommendations', 'E.164'], ['recommendations', `x${hostile}`]]};

  test('keeps every field as sent, as text, with the stamp and the honeypot', () => {
    const html = questionPage(reader('ar'), sent, {stamp: '123.mac', problems: [{field: 'stamp', message: {key: 'stampEarly'}}], refused: false});
    // What a browser builds from it: every value back as sent, and no element but the page's own.
    const tree = fromHtml(html);
    expect(selectAll('script', tree)).toEqual([]);
    expect(select('html', tree)?.properties).toMatchObject({lang: 'ar', dir: 'rtl'});
    expect(select('form', tree)?.properties).toMatchObject({method: 'post', action: '/api/questions'});
    const value = (selector: string) => selectAll(selector, tree).map((node) => node.properties.value);
    expect(value('input[name=title]')).toEqual([sent.title]);
    expect(selectAll('textarea[name=question]', tree).map(textOf)).toEqual([sent.question]);
    expect(value('input[name=email]')).toEqual(['a@example.org']);
    expect(value('input[name=name]')).toEqual([hostile]);
    expect(selectAll('input[type=hidden]', tree).map((node) => [node.properties.name, node.properties.value])).toEqual([...sent.hidden, ['stamp', '123.mac']]);
    expect(textOf(select('h1', tree))).toBe(say('ar', {key: 'sendTitle'}));
    expect(textOf(select('[role=alert]', tree))).toBe(say('ar', {key: 'stampEarly'}));
    expect(html).toContain('<div class="trap" aria-hidden="true"><label>اترك هذا الحقل فارغًا<input name="website" value="" tabindex="-1" autocomplete="off"></label></div>');
    expect(html).toContain('<button type="submit">أرسل سؤالي</button>');
  });

  test('refused: each problem beside its field, named by it; the problems of no field head the page; the GitHub route with the title', () => {
    const problems = [
      {field: 'question', message: {key: 'questionTooLong', n: 5000}},
      {field: 'question', message: {key: 'tooManyLinks', n: 3}},
      {field: 'email', message: {key: 'emailInvalid'}},
      {field: 'recommendations', message: {key: 'recommendationInvalid'}},
      {field: 'address', message: {key: 'limitBlock', n: 12}},
    ] as const;
    const tree = fromHtml(questionPage(reader('fr'), sent, {stamp: 's', problems: [...problems], refused: true}));
    expect(textOf(select('h1', tree))).toBe(say('fr', {key: 'refusedTitle'}));
    const described = (id: string) => {
      const control = select(`#${id}`, tree)!;
      expect(control.properties.ariaInvalid).toBe('true');
      return String(control.properties.ariaDescribedBy).split(' ').map((ref) => textOf(select(`#${ref}`, tree)));
    };
    expect(described('question')).toEqual([`${say('fr', {key: 'questionTooLong', n: 5000})} ${say('fr', {key: 'tooManyLinks', n: 3})}`]);
    expect(described('email')).toEqual([say('fr', {key: 'emailInvalid'})]);
    expect(select('#title', tree)?.properties.ariaInvalid).toBeUndefined();
    // A picked field with a problem is a text box to correct, its values together; the others stay hidden.
    expect(select('input#recommendations', tree)?.properties).toMatchObject({name: 'recommendations', value: `E.164, x${hostile}`});
    expect(described('recommendations')).toEqual([say('fr', {key: 'recommendationInvalid'})]);
    expect(selectAll('input[type=hidden]', tree).map((node) => node.properties.name)).toEqual(['language', 'stamp']);
    const alert = select('[role=alert]', tree)!;
    expect(selectAll('li', alert).map(textOf)).toEqual([say('fr', {key: 'limitBlock', n: 12})]);
    expect(textOf(select('p', alert))).toBe(say('fr', {key: 'fixBelow'}));
    const github = selectAll('main a', tree).at(-1)!;
    expect(textOf(github)).toBe(say('fr', {key: 'askOnGitHub'}));
    expect(new URL(String(github.properties.href)).searchParams.get('title')).toBe(sent.title);
  });

  test('refused for a limit alone: the text kept, said so', () => {
    const tree = fromHtml(questionPage(reader('en'), sent, {stamp: 's', problems: [{field: 'address', message: {key: 'limitBlockWaiting', n: 9}}], refused: true}));
    expect(textOf(select('[role=alert] li', tree))).toBe(say('en', {key: 'limitBlockWaiting', n: 9}));
    expect(textOf(select('[role=alert] p', tree))).toBe(say('en', {key: 'keptBelow'}));
    expect(selectAll('[aria-invalid]', tree)).toEqual([]);
  });
});

test('"check your email": the masked address, the spam folder, the time moderation takes, and the question as sent to correct the address', () => {
  const sent: SentFields = {title: 'Plan', question: `Line 1\nLine 2 ${hostile}`, email: 'amina@exmaple.org', name: '', hidden: [['locale', 'ar'], ['recommendations', 'E.164'], ['recommendations', 'E.212']]};
  const tree = fromHtml(receivedPage(reader('ar'), {masked: 'a•••@exmaple.org', sent, moderationHours: 48}));
  expect(textOf(select('h1', tree))).toBe(say('ar', {key: 'receivedTitle'}));
  expect(select('bdi', tree)?.properties).toMatchObject({dir: 'ltr'});
  expect(textOf(select('bdi', tree))).toBe('a•••@exmaple.org');
  const text = textOf(select('main', tree));
  for (const part of [say('ar', {key: 'receivedOpen'}), say('ar', {key: 'receivedSpam'}), say('ar', {key: 'moderationTime', n: 48}), say('ar', {key: 'wrongAddress'})]) expect(text).toContain(part);
  // No stamp: sent back, the gateway answers with the question filled in, to correct the address before anything is sent.
  expect(select('form', tree)?.properties).toMatchObject({method: 'post', action: '/api/questions'});
  expect(selectAll('form input', tree).map((node) => [node.properties.type, node.properties.name, node.properties.value])).toEqual([
    ['hidden', 'title', 'Plan'],
    ['hidden', 'question', sent.question],
    ['hidden', 'email', 'amina@exmaple.org'],
    ['hidden', 'locale', 'ar'],
    ['hidden', 'recommendations', 'E.164'],
    ['hidden', 'recommendations', 'E.212'],
  ]);
  expect(textOf(select('form button', tree))).toBe(say('ar', {key: 'wrongAddressButton'}));
});

test('the ask page\'s address, with the title given when there is one', () => {
  expect(askPageUrl(HUB, 'en')).toBe(`${HUB}/forum/ask`);
  expect(askPageUrl(HUB, 'zh', ' 编号 & plan ')).toBe(`${HUB}/zh/forum/ask?title=%E7%BC%96%E5%8F%B7+%26+plan`);
});
