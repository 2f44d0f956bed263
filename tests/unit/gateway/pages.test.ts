import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import {expect, test} from 'vitest';
import {confirmPage, questionPage, refusedPage} from '../../../gateway/pages';

test('a refused page lists the problems in the member\'s language, right to left in Arabic, and links back to the site only', () => {
  const html = refusedPage('ar', [{key: 'emailInvalid'}, {key: 'titleTooLong', n: 150}], 'https://hub.example.org/base');
  expect(html).toContain('<html lang="ar" dir="rtl">');
  expect(html).toContain('<li>العنوان طويل جدًا: 150 حرفًا على الأكثر.</li>');
  expect(html).toContain('<a href="https://hub.example.org/base/ar/forum/ask">العودة إلى النموذج</a>');
});

test('the confirmation page changes nothing by itself: a button posts', () => {
  const html = confirmPage('zh', '/confirm/a"b<c');
  expect(html).toContain('<form method="post" action="/confirm/a&#x22;b<c"><button type="submit">确认我的问题</button></form>');
});

test('the page that sends a question again keeps every field as sent, as text, with the stamp and the honeypot', () => {
  const hostile = '"><script>alert(1)</script>';
  const sent = {title: `T ${hostile}`, question: `</textarea>${hostile}\nline 2`, email: 'a@example.org', name: hostile, hidden: [['language', 'fr'], ['recommendations', 'E.164'], ['recommendations', `x${hostile}`]] as [string, string][]};
  const html = questionPage('ar', sent, '123.mac', [{key: 'stampEarly'}]);
  // What a browser builds from it: every value back as sent, and no element but the page's own.
  const tree = fromHtml(html);
  expect(selectAll('script', tree)).toEqual([]);
  expect(select('html', tree)?.properties).toMatchObject({lang: 'ar', dir: 'rtl'});
  expect(select('form', tree)?.properties).toMatchObject({method: 'post', action: '/api/questions'});
  const value = (selector: string) => selectAll(selector, tree).map((node) => node.properties.value);
  expect(value('input[name=title]')).toEqual([sent.title]);
  expect(selectAll('textarea[name=question]', tree).map((node) => node.children.map((child) => ('value' in child ? child.value : '')).join(''))).toEqual([sent.question]);
  expect(value('input[name=email]')).toEqual(['a@example.org']);
  expect(value('input[name=name]')).toEqual([hostile]);
  expect(selectAll('input[type=hidden]', tree).map((node) => [node.properties.name, node.properties.value])).toEqual([...sent.hidden, ['stamp', '123.mac']]);
  expect(html).toContain('<ul role="alert"><li>كان ذلك سريعًا جدًا');
  expect(html).toContain('<div class="trap" aria-hidden="true"><label>اترك هذا الحقل فارغًا<input name="website" value="" tabindex="-1" autocomplete="off"></label></div>');
  expect(html).toContain('<button type="submit">أرسل سؤالي</button>');
});
