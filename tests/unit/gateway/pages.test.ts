import {expect, test} from 'vitest';
import {confirmPage, refusedPage} from '../../../gateway/pages';

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
