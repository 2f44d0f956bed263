import {LOCALES} from '../../../locales';
import {describe, expect, test} from 'vitest';
import {followUpComment, followUpIssueBody, followUpIssueTitle, notFound, readFollowUpIssue} from '../../../gateway/github/followUp';
import {readFollowUp} from '../../../gateway/questions/fields';
import {followUpPage} from '../../../gateway/pages';
import {approvedEmail, rejectedEmail} from '../../../gateway/mail/decisionEmail';
import {answersEmail} from '../../../gateway/mail/answersEmail';
import {say} from '../../../gateway/messages';

const HOSTILE = 'More detail.\n### Display name\n\nSomeone else\n<!-- bsg-hub-gateway follow-up forged -->\n</textarea><script>alert(1)</script>';
const THREAD = 'https://github.com/bsg-hub/forum/discussions/7';

describe('the follow-up\'s moderation issue', () => {
  test('reads back the text and the display name; sections, markers and HTML in the text stay text', () => {
    const body = followUpIssueBody({id: 'id-1', text: HOSTILE, displayName: '# Nadia'}, THREAD);
    expect(body).toContain(`### Thread\n\n${THREAD}\n`);
    expect(body.match(/^### /gm)).toHaveLength(3);
    expect(body).toContain('### Display name\n\n\\#\u2060 Nadia\n');
    expect(readFollowUpIssue(body)).toEqual({
      text: 'More detail.\n\n\\### Display name\n\nSomeone else\n\n```\n&lt;!-- bsg-hub-gateway follow-up forged -->\n```\n\n`</textarea><script>`alert(1)`</script>`',
      displayName: '# Nadia',
    });
    expect(body.trimEnd().endsWith('<!-- bsg-hub-gateway follow-up id-1 -->')).toBe(true);
    expect(followUpIssueTitle('Numbering')).toBe('Follow-up: Numbering');
  });

  test('a moderator\'s edit is read; an emptied section reads as no text, no name as none', () => {
    expect(readFollowUpIssue('### Follow-up\r\n\r\nEdited.\r\n\r\n### Thread\r\n\r\nx\r\n\r\n### Display name\r\n\r\n_No response_\r\n')).toEqual({text: 'Edited.', displayName: ''});
    expect(readFollowUpIssue('### Follow-up\n\n_No response_\n\n### Thread\n\nx')).toEqual({text: '', displayName: ''});
  });

  test.each([
    ['fr', 'Nadia', '_Suite envoyée via BSG Hub par Nadia, auteur de la question._'],
    ['en', '', '_Follow-up sent through BSG Hub by a member, who asked the question._'],
    ['ar', '@org/team', '_متابعة أُرسلت عبر BSG Hub من قِبل \\@\u2060org\\/team، صاحب السؤال._'],
  ])('the comment in the thread, in %s, opens with its marker, then who wrote it (%j, a literal name)', (language, name, line) => {
    expect(followUpComment('id-1', ' Thanks, and one more point. ', language, name)).toBe(`<!-- bsg-hub-gateway follow-up id-1 -->\n\n${line}\n\nThanks, and one more point.\n`);
  });

  test.each([
    ['an unclosed <details>', 'Intro\n\n<details><summary></summary>\n\n', 'Intro\n\n```\n<details><summary></summary>\n```'],
    ['an unclosed fence', 'Intro\n\n```\nstill code', 'Intro\n\n```\nstill code\n```'],
    ['a forged by-line', '_Follow-up sent through BSG Hub by ITU-T SG2 Chair, who asked the question._', '*Follow-up sent through BSG Hub by ITU-T SG2 Chair, who asked the question.*'],
    ['<img> and <picture>', '<img src="https://github.com/user-attachments/assets/1f2e"> <picture><source srcset="https://t.example/p.png"></picture>', '`<img src="https://github.com/user-attachments/assets/1f2e">` `<picture><source srcset="https://t.example/p.png"></picture>`'],
  ])('%s: who wrote it comes first, and the text after it is neutral', (_, text, neutral) => {
    expect(followUpComment('id-1', text, 'en', 'Nadia')).toBe(`<!-- bsg-hub-gateway follow-up id-1 -->\n\n_Follow-up sent through BSG Hub by Nadia, who asked the question._\n\n${neutral}\n`);
  });
});

describe('the comment and the thread', () => {
  test('a heading the member wrote, escaped in the issue\'s section, is a heading again in the comment', () => {
    expect(followUpComment('id-1', 'Intro\n\\### Details\n  \\# One', 'en', 'N')).toContain('\n\nIntro\n\n### Details\n\n# One\n');
  });

  test('GitHub\'s NOT_FOUND errors mean the thread is gone; any other error is not', () => {
    expect(notFound({errors: [{type: 'NOT_FOUND', path: ['repository', 'discussion']}]})).toBe(true);
    expect(notFound({errors: [{type: 'NOT_FOUND'}, {type: 'FORBIDDEN'}]})).toBe(false);
    expect(notFound({errors: []})).toBe(false);
    expect(notFound(new Error('fetch failed'))).toBe(false);
  });
});

describe('readFollowUp', () => {
  test.each([
    [{}, 'followUpMissing'],
    [{text: ' \u0000 '}, 'followUpMissing'],
    [{text: 'x'.repeat(5001)}, 'followUpTooLong'],
    [{text: 'https://a.example https://b.example www.c.example http://d.example'}, 'tooManyLinks'],
  ])('%j is refused (%s)', (fields, key) => {
    expect(readFollowUp(fields).problems.map((p) => p.message.key)).toEqual([key]);
  });

  test('an HTML comment in the text shows as typed: the gateway\'s markers are HTML comments', () => {
    expect(readFollowUp({text: 'x <!-- bsg-hub-gateway question 1 --> y'}).text).toBe('x &lt;!-- bsg-hub-gateway question 1 --> y');
  });

  test('a follow-up loses control characters and surrounding space; its first value counts', () => {
    expect(readFollowUp({text: ['  Yes\u0007, thanks.\n', 'ignored']})).toEqual({text: 'Yes, thanks.', problems: []});
  });
});

describe('the follow-up form', () => {
  test('keeps a refused text as text, lists why, posts to its own link', () => {
    const html = followUpPage({locale: 'ar', hubUrl: 'https://hub.example.org'}, 'Title </blockquote><b>', '/follow-up/a"b', {text: HOSTILE, problems: [{key: 'followUpTooLong', n: 5000}]});
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<form method="post" action="/follow-up/a&#x22;b">');
    expect(html).toContain('<strong>Title &#x3C;/blockquote>&#x3C;b></strong>');
    expect(html).toContain('&#x3C;/textarea>&#x3C;script>alert(1)&#x3C;/script></textarea>');
    expect(html).not.toContain('<script>');
    expect(html).toContain(`<div class="alert" role="alert"><p>${say('ar', {key: 'fixBelow'})}</p></div>`);
    // The problem beside the box, which names it.
    expect(html).toContain('<textarea id="follow-up" name="text" rows="10" required maxlength="5000" dir="auto" aria-describedby="follow-up-problem follow-up-note" aria-invalid="true">');
    expect(html).toContain('</textarea><p id="follow-up-problem" class="problem">المتابعة طويلة جدًا: 5000 حرف على الأكثر.</p>');
  });

  test('a fresh form has no alert and an empty box', () => {
    const html = followUpPage({locale: 'fr', hubUrl: 'https://hub.example.org'}, 'Titre', '/follow-up/t');
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('aria-describedby="follow-up-note"></textarea>');
    expect(html).toContain(say('fr', {key: 'followUpNote'}));
  });
});

describe('the link to write a follow-up in the emails', () => {
  const footer = {eraseLink: 'https://g.example/erase/e', unsubscribeLink: 'https://g.example/unsubscribe/u', followUpLink: 'https://g.example/follow-up/f'};

  test.each(LOCALES)('in %s: after the email\'s content and before the erase link, in both parts', (locale) => {
    for (const email of [approvedEmail(locale, 'T', 'https://hub.example/forum/1', footer), answersEmail(locale, 'T', {quoted: [{kind: 'answer', body: 'A'}], others: 0}, {site: 's', github: 'g'}, footer)]) {
      const at = email.text.indexOf(`${say(locale, {key: 'mailFollowUp'})}\n\n${footer.followUpLink}\n`);
      expect(at).toBeGreaterThan(0);
      expect(at).toBeLessThan(email.text.indexOf(footer.eraseLink));
      expect(email.html).toContain(`<a href="${footer.followUpLink}">${say(locale, {key: 'followUpTitle'})}</a>`);
    }
  });

  test('the decision on a follow-up has its own words', () => {
    expect(approvedEmail('es', 'T', 'u', footer, 'followUp').subject).toBe(say('es', {key: 'followUpPublishedSubject'}));
    const rejected = rejectedEmail('ru', 'T', 'Off topic', footer, 'followUp');
    expect(rejected.subject).toBe(say('ru', {key: 'followUpRejectedSubject'}));
    expect(rejected.text).toContain(`${say('ru', {key: 'followUpRejectedIntro'})}\n\nT\n\n${say('ru', {key: 'rejectedReason'})}\n\nOff topic\n`);
  });

  test('no link without a thread to follow up in', () => {
    const {followUpLink: _, ...withoutFollowUp} = footer;
    expect(rejectedEmail('en', 'T', null, withoutFollowUp).text).not.toContain(say('en', {key: 'mailFollowUp'}));
  });
});
