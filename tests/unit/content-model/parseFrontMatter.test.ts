import {describe, expect, it} from 'vitest';
import {parseFrontMatter} from '../../../plugins/content-model/parseFrontMatter';

const source = `---
title: Lines
programme: [1, 7]
audience:
  - newcomer
  - delegates
study_groups:
last_reviewed: 2026-11-29
---

# Body
`;

describe('parseFrontMatter', () => {
  it('keeps dates as strings (YAML 1.2), so the schema sees what was typed', () => {
    expect(parseFrontMatter(source).data).toMatchObject({last_reviewed: '2026-11-29', programme: [1, 7]});
  });

  it.each([
    [['title'], 2],
    [['programme'], 3],
    [['programme', 1], 3],
    [['audience', 1], 6],
    [['study_groups'], 7],
    [['last_reviewed'], 8],
    [['not_there'], 2], // a missing field: the first line of the front matter
  ])('finds the file line of %j', (path, line) => {
    expect(parseFrontMatter(source).lineOf(path)).toBe(line);
  });

  it('gives an empty object for a file without front matter', () => {
    expect(parseFrontMatter('# Just a heading\n').data).toEqual({});
  });

  it('reports YAML syntax errors with their file line', () => {
    const parsed = parseFrontMatter('---\ntitle: ok\nprogramme: [1, 2\naudience: [newcomer]\n---\n');
    expect(parsed.syntaxErrors).toHaveLength(1);
    // yaml places an unclosed flow sequence at the start of the line after it.
    expect(parsed.syntaxErrors[0]?.line).toBe(4);
  });
});
