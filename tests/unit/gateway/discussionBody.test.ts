import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {selectAll} from 'hast-util-select';
import {toString as hastText} from 'hast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, test} from 'vitest';
import {createPostRenderer} from '../../../plugins/forum/render';
import {byLine, discussionBody, forumLabels, readModerationIssue} from '../../../gateway/github/discussionBody';
import {moderationBody} from '../../../gateway/github/moderationIssue';
import {formFields, questionMarkdown, threadTags} from '../../../plugins/forum/tags';

const question = {title: 'Numbering', question: 'Which parts?\n### Country\n\nForged', recommendations: ['E.164'], studyGroup: 'SG2', country: 'Kenya (KEN)', language: 'fr'};

describe('readModerationIssue', () => {
  test('reads back what the gateway posted for moderation, forged sections included as text', () => {
    expect(readModerationIssue('Numbering', moderationBody('id-1', question, '# Nadia'))).toEqual({
      // The member's heading is a heading of its own (a paragraph's lines end before it), escaped so that it forges no section.
      question: {...question, question: 'Which parts?\n\n\\### Country\n\nForged'},
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

describe('discussionBody', () => {
  test('the forum reads the same fields as from its category form, and the question opens with who asked', () => {
    const body = discussionBody('id-1', {question, displayName: '_Nadia_'});
    expect(threadTags({labels: [], body})).toEqual({recommendations: ['E.164'], studyGroups: ['SG2'], language: 'fr', country: 'Kenya (KEN)'});
    expect(questionMarkdown(body)).toBe('_Question posée via BSG Hub par \\_Nadia\\_._\n\nWhich parts?\n\n\\### Country\n\nForged');
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

/** What a member may write to hide or forge who asked: each reaches the moderation issue, is read back as moderators left it, and is published. */
const HOSTILE: [string, string][] = [
  ['an unclosed <details>', 'Intro\n\n<details><summary></summary>\n\n'],
  ['an unclosed fence', 'Intro\n\n```\nstill code'],
  ['a forged by-line', 'Intro\n\n_Asked through BSG Hub by ITU-T SG2 Chair (verified)._'],
  ['<img>', 'Intro <img src="https://github.com/user-attachments/assets/1f2e" alt="ITU-T SG2 Chair (verified)">'],
  ['<picture>', 'Intro <picture><source srcset="https://github.com/user-attachments/assets/1f2e"><img src="https://github.com/user-attachments/assets/1f2e"></picture>'],
];
const published = (text: string) => {
  const issue = moderationBody('id-1', {...question, question: text, language: 'en'}, 'Nadia');
  return discussionBody('id-1', readModerationIssue('Numbering', issue));
};
const siteDir = path.join(__dirname, '../../..');
const render = createPostRenderer({siteDir, dataDir: path.join(siteDir, 'data'), recommendationsPath: '/recommendations'});

describe('who asked cannot be hidden or forged', () => {
  test.each(HOSTILE)('%s: on GitHub, the by-line is the paragraph under "Question", and the only raw HTML is the marker', (_, text) => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(published(text));
    const [marker, heading, line] = tree.children;
    expect(marker).toMatchObject({type: 'html', value: '<!-- bsg-hub-gateway question id-1 -->'});
    expect(heading).toMatchObject({type: 'heading', children: [{type: 'text', value: 'Question'}]});
    expect(line).toMatchObject({type: 'paragraph', children: [{type: 'emphasis', children: [{type: 'text', value: 'Asked through BSG Hub by Nadia.'}]}]});
    const html = JSON.stringify(tree.children.slice(1)).match(/"type":"(html|image)"/g);
    expect(html).toBeNull();
  });

  test.each(HOSTILE)('%s: on the thread page, the by-line opens the question, outside any details, pre or code, and no tag of the member\'s is built', (_, text) => {
    const page = fromHtml(render(questionMarkdown(published(text)), 'en'), {fragment: true});
    const first = page.children.find((node) => node.type === 'element');
    expect(first && hastText(first)).toBe('Asked through BSG Hub by Nadia.');
    expect(selectAll('details, pre, code', page).map(hastText).join()).not.toContain('Nadia');
    expect(selectAll('details, summary, img, picture, source', page)).toEqual([]);
    expect(hastText(page)).toContain('Intro');
  });

  test('a moderator\'s edit that brings raw HTML, images and mentions back is published neutral, and publishing what is neutral changes nothing', () => {
    const issue = moderationBody('id-1', {...question, language: 'en'}, 'Nadia').replace('Which parts?', '<details>\n\n@team ![x](https://tracker.example/p.gif)');
    const body = discussionBody('id-1', readModerationIssue('Numbering', issue));
    expect(questionMarkdown(body)).toBe('_Asked through BSG Hub by Nadia._\n\n```\n<details>\n```\n\n@\u2060team [x (tracker.example)](https://tracker.example/p.gif)\n\n\\### Country\n\nForged');
    const again = discussionBody('id-1', {question: {...question, question: questionMarkdown(body).split('\n\n').slice(1).join('\n\n')}, displayName: 'Nadia'});
    expect(questionMarkdown(again)).toBe(questionMarkdown(body).replace('Asked through BSG Hub by', 'Question posée via BSG Hub par'));
  });
});
