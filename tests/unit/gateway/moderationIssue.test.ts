import {describe, expect, test} from 'vitest';
import {readModerationIssue} from '../../../gateway/github/discussionBody';
import {moderationBody} from '../../../gateway/github/moderationIssue';

const question = {
  title: 'Numbering',
  question: 'Dear @octocat and @bsg-hub/maintainers, see ![x](https://tracker.example/p.gif) and <img src="https://tracker.example/i.gif"> (mail: a@example.org).',
  recommendations: ['E.164'],
  studyGroup: 'SG2',
  country: '@bsg-hub/moderators ![c](https://tracker.example/c.gif)',
  language: 'en',
};

describe('the moderation issue', () => {
  test('notifies no one, loads nothing, and shows the member\'s HTML and name as typed', () => {
    expect(moderationBody('id-1', question, '**@octocat** ![n](https://tracker.example/n.gif)')).toBe(
      '### Question\n\nDear @\u2060octocat and @\u2060bsg-hub/maintainers, see [x (tracker.example)](https://tracker.example/p.gif) and `<img src="https://tracker.example/i.gif">` (mail: <a@example.org>).\n\n' +
        '### Recommendations\n\nE.164\n\n### Study group\n\nSG2\n\n### Country\n\n@\u2060bsg-hub/moderators [c (tracker.example)](https://tracker.example/c.gif)\n\n### Language\n\nen\n\n' +
        '### Display name\n\n\\*\\*\\@\u2060octocat\\*\\* \\!\\[n\\]\\(https\\:\\/\\/tracker\\.example\\/n\\.gif\\)\n\n<!-- bsg-hub-gateway question id-1 -->\n',
    );
  });

  test('written again from what it reads back, it is the same issue: neutralising twice is neutralising once', () => {
    const once = moderationBody('id-1', question, '**@octocat** <b>');
    const read = readModerationIssue(question.title, once);
    expect(read.displayName).toBe('**@octocat** <b>');
    expect(moderationBody('id-1', read.question, read.displayName)).toBe(once);
  });
});
