import {describe, expect, test} from 'vitest';
import {byLine, discussionBody, forumLabels, literalName, readModerationIssue} from '../../../gateway/github/discussionBody';
import {moderationBody} from '../../../gateway/github/moderationIssue';
import {formFields, questionMarkdown, threadTags} from '../../../plugins/forum/tags';

const question = {title: 'Numbering', question: 'Which parts?\n### Country\n\nForged', recommendations: ['E.164'], studyGroup: 'SG2', country: 'Kenya (KEN)', language: 'fr'};

describe('readModerationIssue', () => {
  test('reads back what the gateway posted for moderation, forged sections included as text', () => {
    expect(readModerationIssue('Numbering', moderationBody('id-1', question, '# Nadia'))).toEqual({
      question: {...question, question: 'Which parts?\n\\### Country\n\nForged'},
      displayName: '# Nadia',
    });
  });

  test('a moderator\'s edits are read; Recommendations that are not ids are dropped; no display name reads as none', () => {
    const body = '### Question\r\n\r\nEdited\r\n\r\n### Recommendations\r\n\r\nITU-T E.164, <img>, E.164\r\n\r\n### Display name\r\n\r\n_No response_\r\n\r\n<!-- bsg-hub-gateway question x -->';
    expect(readModerationIssue(' Title\u202e ', body)).toEqual({
      question: {title: 'Title', question: 'Edited', recommendations: ['E.164'], studyGroup: '', country: '', language: ''},
      displayName: '',
    });
  });
});

describe('literalName', () => {
  test.each([
    ['@octocat', '\\@\u2060octocat'],
    ['#12 <script>', '\\#\u206012 \\<script\\>'],
    ['![x](http://e.x)', '\\!\\[x\\]\\(http\\:\\/\\/e\\.x\\)'],
    ['Nadia\n### Language', 'Nadia \\#\u2060\\#\u2060\\#\u2060 Language'],
    ['نادية', 'نادية'],
  ])('%j is literal text', (name, expected) => {
    expect(literalName(name)).toBe(expected);
  });
});

describe('discussionBody', () => {
  test('the forum reads the same fields as from its category form, and the question ends with who asked', () => {
    const body = discussionBody('id-1', {question, displayName: '_Nadia_'});
    expect(threadTags({labels: [], body})).toEqual({recommendations: ['E.164'], studyGroups: ['SG2'], language: 'fr', country: 'Kenya (KEN)'});
    expect(questionMarkdown(body)).toBe('Which parts?\n\\### Country\n\nForged\n\n_Question posée via BSG Hub par \\_Nadia\\_._');
    expect(formFields(body).get('language')).toBe('fr');
    expect(body.startsWith('<!-- bsg-hub-gateway question id-1 -->\n\n### Question')).toBe(true);
  });

  test.each([
    ['en', 'Asked through BSG Hub by a member.'],
    ['ar', 'طُرح هذا السؤال عبر BSG Hub من قِبل أحد الأعضاء.'],
    ['zh', '由一位成员通过 BSG Hub 提问。'],
    ['xx', 'Asked through BSG Hub by a member.'],
  ])('without a name, in %s: %s', (language, line) => {
    expect(byLine('asked', language, '')).toBe(`_${line}_`);
  });

  test('labels for the forum\'s tags', () => {
    expect(forumLabels(question)).toEqual(['rec:E.164', 'sg:SG2', 'lang:fr']);
  });
});
