import {describe, expect, it} from 'vitest';
import {isPdfDoc, pdfFile} from '../../../plugins/pdf/pages';

describe('isPdfDoc', () => {
  it.each(['guidelines/preparing-a-contribution', 'handbooks/newcomers-handbook', 'mentoring/mentor-role'])('%s has a PDF', (id) => {
    expect(isPdfDoc(id)).toBe(true);
  });
  it.each(['privacy', 'guidelines', 'guidelines/nested/page', 'forum/1', '../handbooks/x'])('%s has none', (id) => {
    expect(isPdfDoc(id)).toBe(false);
  });
});

describe('pdfFile', () => {
  it('puts the language in the folder and in the file name', () => {
    expect(pdfFile('ar', 'guidelines/preparing-a-contribution')).toBe('ar/guidelines/preparing-a-contribution.ar.pdf');
  });
  it('refuses a page that has no PDF, naming it', () => {
    expect(() => pdfFile('en', 'privacy')).toThrowErrorMatchingInlineSnapshot(
      `[Error: No PDF for the doc "privacy": PDFs are made of the pages in guidelines, handbooks, mentoring.]`,
    );
  });
});
