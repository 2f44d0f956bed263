import {describe, expect, it} from 'vitest';
import {languageOptions} from '../../../plugins/events/routes';
import {view} from './views';

describe("the event list's language filter", () => {
  it('offers each language once by its main code, named by the build in the page’s language', () => {
    const views = [view({languages: ['pt-BR', 'es', 'en']}, 'fr'), view({id: 'b', languages: ['pt', 'ar']}, 'fr')];
    expect(languageOptions(views, 'fr')).toEqual([
      {value: 'ar', label: 'arabe'},
      {value: 'en', label: 'anglais'},
      {value: 'es', label: 'espagnol'},
      {value: 'pt', label: 'portugais'},
    ]);
    expect(languageOptions(views, 'ar').map(({label}) => label)).toEqual(['العربية', 'الإنجليزية', 'الإسبانية', 'البرتغالية']);
  });
});
