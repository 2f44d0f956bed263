import {describe, expect, it} from 'vitest';
import {duplicateOf, formFields, questionMarkdown, threadTags} from '../../../plugins/forum/tags';
import type {Comment} from '../../../plugins/forum/types';

const formBody = '### Question\n\nHow long may numbers be under ITU-T E.164?\n\n### Recommendations\n\nE.164, ITU-T E.212\n\n### Study group\n\nSG2\n\n### Country\n\nKenya\n\n### Language\n\n_No response_';

describe('threadTags', () => {
  it('reads labels first', () => {
    expect(threadTags({labels: ['rec:K.52', 'sg:SG5', 'lang:ar', 'country:Egypt', 'help wanted'], body: 'Free text'})).toEqual({
      recommendations: ['K.52'],
      studyGroups: ['SG5'],
      language: 'ar',
      country: 'Egypt',
    });
  });

  it('reads the form fields and the citations in the question', () => {
    expect(threadTags({labels: [], body: formBody})).toEqual({
      recommendations: ['E.164', 'E.212'],
      studyGroups: ['SG2'],
      language: null,
      country: 'Kenya',
    });
  });

  it('keeps the forms’ "Name (ISO)" country as written, and "Prefer not to say" as no country', () => {
    const withCountry = (country: string) => threadTags({labels: [], body: formBody.replace('### Country\n\nKenya', `### Country\n\n${country}`)}).country;
    expect(withCountry('Burkina Faso (BFA)')).toBe('Burkina Faso (BFA)');
    expect(withCountry('Prefer not to say')).toBeNull();
    expect(withCountry('_No response_')).toBeNull();
  });

  it('ignores languages the site does not have', () => {
    expect(threadTags({labels: ['lang:pt'], body: ''}).language).toBeNull();
  });
});

describe('form bodies', () => {
  it('splits GitHub form sections, skipping "_No response_"', () => {
    expect([...formFields(formBody).keys()]).toEqual(['question', 'recommendations', 'study group', 'country']);
  });

  it('shows only the question of a form-made body, and all of a free-form one', () => {
    expect(questionMarkdown(formBody)).toBe('How long may numbers be under ITU-T E.164?');
    expect(questionMarkdown('Just a question, no form.')).toBe('Just a question, no form.');
  });
});

describe('duplicateOf', () => {
  const asker = {login: 'amina', url: 'https://github.com/amina', association: 'NONE'} as const;
  const comment = (body: string, from: Partial<Comment['author']> = {}, minimized = false) =>
    ({body, minimized, author: {...asker, login: 'someone', ...from}}) as Comment;
  const thread = (...comments: Comment[]) => ({close_reason: 'duplicate' as const, author: asker, comments});

  it('finds "Duplicate of #N" in a maintainer’s comment', () => {
    expect(duplicateOf(thread(comment('Thanks!'), comment('Duplicate of #12, see there.', {association: 'MEMBER'})))).toBe(12);
  });
  it('finds it in the asker’s own comment', () => {
    expect(duplicateOf(thread(comment('Duplicate of #7', {login: 'amina'})))).toBe(7);
  });
  it('ignores hidden comments, even a maintainer’s', () => {
    expect(duplicateOf(thread(comment('Duplicate of #666', {association: 'OWNER'}, true), comment('Duplicate of #12', {association: 'COLLABORATOR'})))).toBe(12);
  });
  it('ignores anyone else, and deleted accounts', () => {
    expect(duplicateOf(thread(comment('Duplicate of #666', {association: 'CONTRIBUTOR'}), comment('Duplicate of #667')))).toBeNull();
    const ghostAsker = {...thread(comment('Duplicate of #666', {login: 'ghost'})), author: {...asker, login: 'ghost'}};
    expect(duplicateOf(ghostAsker)).toBeNull();
  });
  describe('on a thread the question gateway opened (its App is the asker, and posts members\' follow-ups)', () => {
    const app = {login: 'bsg-hub-gateway', url: 'https://github.com/apps/bsg-hub-gateway', association: 'NONE'} as const;
    const gatewayThread = (...comments: Comment[]) => ({...thread(...comments), author: app});
    const followUp = (text: string) => `<!-- bsg-hub-gateway follow-up 6f1c2d3e-0000-4000-8000-000000000001 -->\n\n${text}\n\n_Follow-up through BSG Hub by Amina._\n`;
    it('ignores a member\'s follow-up, posted by the App', () => {
      expect(duplicateOf(gatewayThread(comment(followUp('Duplicate of #666'), app)))).toBeNull();
      // As REST names the App's account.
      expect(duplicateOf(gatewayThread(comment('Duplicate of #666', {...app, login: 'bsg-hub-gateway[bot]', url: 'https://github.com/bsg-hub-gateway[bot]'})))).toBeNull();
    });
    it('ignores a comment opening with the follow-up marker, whoever GitHub names as its author', () => {
      expect(duplicateOf(gatewayThread(comment(`  ${followUp('Duplicate of #666')}`, {association: 'OWNER'})))).toBeNull();
    });
    it('still follows a maintainer', () => {
      expect(duplicateOf(gatewayThread(comment(followUp('Duplicate of #666'), app), comment('Duplicate of #12', {association: 'MEMBER'})))).toBe(12);
    });
  });
  it('ignores threads not closed as duplicates', () => {
    expect(duplicateOf({...thread(comment('Duplicate of #12', {association: 'OWNER'})), close_reason: 'resolved'})).toBeNull();
  });
});

describe('hostile labels and form fields', () => {
  it('keeps only what looks like a Recommendation or study group: they become links', () => {
    const labels = ['rec:E.164', 'rec:Y.4901/L.1601', 'rec:../../evil', 'rec://evil.example', 'rec:E.164" onmouseover="x', 'sg:SG2', 'sg:SG2/../x', 'sg:<b>'];
    const body = '### Recommendations\n\njavascript:alert(1), X.509\n\n### Study group\n\nTSAG';
    expect(threadTags({labels, body})).toMatchObject({recommendations: ['E.164', 'Y.4901/L.1601', 'X.509'], studyGroups: ['SG2', 'TSAG']});
  });
});

describe('form fields of several lines', () => {
  it('keeps every line and paragraph of a value', () => {
    const body = '### Question\n\nFirst line,\nsecond line.\n\nA second paragraph.\r\n\r\n### Country\r\n\r\nKenya (KEN)';
    expect(Object.fromEntries(formFields(body))).toEqual({question: 'First line,\nsecond line.\n\nA second paragraph.', country: 'Kenya (KEN)'});
  });
});
