import {useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {discardDraft, hasWords, readDraft, saveDraft, startingForm, titleFromSearch} from './draft';
import type {RefObject} from 'react';
import type {Draft, DraftStorage} from './draft';

/** The form's names of the fields a member types (GitHub's form names the question `body`). */
type TypedNames = Record<'title' | 'question' | 'email' | 'name', string>;

export type DraftState = {
  form: Draft;
  setForm: (form: Draft) => void;
  /** `restored`: the member found their draft; `discarded`: they discarded one, and may take it back. */
  status: 'new' | 'restored' | 'discarded';
  discard: () => void;
  undo: () => void;
  /** The gateway accepted the question: the stored draft goes, the form stays in memory (a wrong address can be corrected). */
  forget: () => void;
  /** Back to the form after `forget`: the draft is kept again. */
  keepAgain: () => void;
};

type State = {
  form: Draft;
  status: DraftState['status'];
  /** The draft just discarded, for "Undo". */
  discarded: Draft | null;
  /** The title the page's link asked for (`?title=`): the form a discard leaves. */
  linkTitle: string | null;
  /** Nothing is saved before the stored draft is read, nor after the gateway accepted the question. */
  keeping: boolean;
};

/** The browser's storage, or null where it is turned off (some private modes throw on access). */
function browserStorage(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** What the page already shows in the typed fields: keys the member pressed before the script ran, or the Back button's restored values. */
function typedValues(form: HTMLFormElement | null, names: TypedNames): Partial<Draft> {
  if (!form) return {};
  const value = (name: string) => {
    const field = form.elements.namedItem(name);
    return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '';
  };
  return {title: value(names.title), question: value(names.question), email: value(names.email), name: value(names.name)};
}

/** The ask form's state, kept as a draft in the page's locale (see `draft.ts`). */
export function useDraft(empty: Draft, names: TypedNames, formRef: RefObject<HTMLFormElement>): DraftState {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const [state, setState] = useState<State>({form: empty, status: 'new', discarded: null, linkTitle: null, keeping: false});

  useEffect(() => {
    const storage = browserStorage();
    const stored = storage && readDraft(storage, locale);
    const linkTitle = titleFromSearch(window.location.search);
    const form = startingForm(empty, {stored, linkTitle, typed: typedValues(formRef.current, names)});
    // The draft, the link and what the browser restored are only known in the browser: read once hydrated,
    // so that the server's page and the first render agree.
    setState({form, status: stored && hasWords(stored) ? 'restored' : 'new', discarded: null, linkTitle, keeping: true});
    // Once, on arrival: `empty` and `names` are the page's constants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);

  useEffect(() => {
    const storage = browserStorage();
    if (state.keeping && storage) saveDraft(storage, locale, state.form);
  }, [state.form, state.keeping, locale]);

  const update = (change: Partial<State>) => setState((current) => ({...current, ...change}));
  return {
    form: state.form,
    status: state.status,
    setForm: (form) => update({form}),
    discard: () => update({discarded: state.form, form: state.linkTitle ? {...empty, title: state.linkTitle} : empty, status: 'discarded'}),
    undo: () => update({form: state.discarded ?? state.form, discarded: null, status: 'restored'}),
    forget: () => {
      update({keeping: false});
      const storage = browserStorage();
      if (storage) discardDraft(storage, locale);
    },
    keepAgain: () => update({keeping: true}),
  };
}
