import {describe, expect, it} from 'vitest';
import {discardDraft, draftKey, readDraft, saveDraft, startingForm, titleFromSearch} from '../../../src/components/forum/AskPage/draft';
import type {Draft, DraftStorage} from '../../../src/components/forum/AskPage/draft';

const empty: Draft = {title: '', question: '', recommendations: [], studyGroup: '', country: 'Prefer not to say', language: 'fr', email: '', name: ''};
const written: Draft = {...empty, title: 'Numérotation IoT', question: 'x'.repeat(6000), recommendations: ['E.164'], studyGroup: 'SG2', country: 'Senegal (SEN)', email: 'awa@example.org', name: 'Awa'};

/** localStorage as a Map; `full` makes it refuse writes, as a browser does when storage is full or off. */
function memoryStorage({full = false} = {}): DraftStorage & {items: Map<string, string>} {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

describe('the ask form’s draft', () => {
  it('keeps every field, per locale, and gives it back as it was', () => {
    const storage = memoryStorage();
    expect(saveDraft(storage, 'fr', written)).toBe(true);
    expect(readDraft(storage, 'fr')).toEqual(written);
    expect(readDraft(storage, 'ru')).toBeNull();
    expect([...storage.items.keys()]).toEqual([draftKey('fr')]);
  });

  it('forgets a draft with no words in it, and on discard', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'fr', written);
    saveDraft(storage, 'fr', {...empty, studyGroup: 'SG2'});
    expect(readDraft(storage, 'fr')).toBeNull();
    saveDraft(storage, 'fr', written);
    discardDraft(storage, 'fr');
    expect(storage.items.size).toBe(0);
  });

  it('reads nothing from a stored value that is not a draft, and says when the browser refuses to keep one', () => {
    const storage = memoryStorage();
    for (const value of ['{', 'null', '[]', '{"title": 1}', JSON.stringify({...written, recommendations: [1]})]) {
      storage.items.set(draftKey('fr'), value);
      expect(readDraft(storage, 'fr')).toBeNull();
    }
    expect(saveDraft(memoryStorage({full: true}), 'fr', written)).toBe(false);
  });
});

describe('the form on arrival', () => {
  it('takes the title of the link, `?title=`, as one line, without cutting it', () => {
    expect(titleFromSearch('?title=How%20to%20apply%0AE.164%3F')).toBe('How to apply E.164?');
    expect(titleFromSearch(`?title=${'a'.repeat(200)}`)).toHaveLength(200);
    expect(titleFromSearch('?title=%20')).toBeNull();
    expect(titleFromSearch('')).toBeNull();
    expect(startingForm(empty, {stored: null, linkTitle: 'E.164 numbering', typed: {}})).toEqual({...empty, title: 'E.164 numbering'});
  });

  it('restores the draft, whose title wins over the link’s, and keeps what the page already shows over both', () => {
    expect(startingForm(empty, {stored: written, linkTitle: 'From search', typed: {}})).toEqual(written);
    expect(startingForm(empty, {stored: {...written, title: ''}, linkTitle: 'From search', typed: {}})).toEqual({...written, title: 'From search'});
    expect(startingForm(empty, {stored: written, linkTitle: null, typed: {title: 'Typed before the script ran', question: '', email: ' '}})).toEqual({...written, title: 'Typed before the script ran'});
  });
});
