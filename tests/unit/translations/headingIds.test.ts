import {describe, expect, it} from 'vitest';
import {headingIds} from '../../../plugins/translations/notice/headingIds';

describe('headingIds', () => {
  it('slugs the headings below the title as the docs plugin does, duplicates numbered', () => {
    const page = ['---', 'title: X', '---', '# Title', '## What a contribution is', '### Body', '## Body', '#### `E.164` and *you*'].join('\n\n');
    expect(headingIds(page)).toEqual(['what-a-contribution-is', 'body', 'body-1', 'e164-and-you']);
  });

  it('keeps an explicit {#id}, and slugs scripts other than Latin', () => {
    expect(headingIds('## Choisir la Question {#choosing}\n\n## Qu’est-ce qu’une contribution ?\n\n## 准备文稿\n\n## إعداد مساهمة')).toEqual([
      'choosing',
      'quest-ce-quune-contribution-',
      '准备文稿',
      'إعداد-مساهمة',
    ]);
  });
});
