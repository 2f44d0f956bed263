import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {hasWords} from './draft';
import type {DraftState} from './useDraft';

/** Says that the draft is kept in this browser, and offers to discard it (and to take it back, just after). */
export default function DraftBar({draft}: {draft: DraftState}): ReactNode {
  const {status, form} = draft;
  if (status !== 'discarded' && !hasWords(form)) return null;
  return (
    <div className="forum-form__draft" role="status">
      {status === 'discarded' ? (
        <>
          <span><Translate id="forum.ask.draft.discarded" description="Ask form: the draft was just discarded">Draft discarded.</Translate></span>
          <button type="button" className="button button--sm button--link" onClick={draft.undo}>
            <Translate id="forum.ask.draft.undo" description="Ask form: button that brings back the draft just discarded">Undo</Translate>
          </button>
        </>
      ) : (
        <>
          <span>
            {status === 'restored' ? (
              <Translate id="forum.ask.draft.restored" description="Ask form: the member's draft was restored on arrival">Your draft is back, as you left it. It stays in this browser until your question is sent.</Translate>
            ) : (
              <Translate id="forum.ask.draft.kept" description="Ask form: what the member types is kept in the browser">Your draft is kept in this browser until your question is sent.</Translate>
            )}
          </span>
          <button type="button" className="button button--sm button--link" onClick={draft.discard}>
            <Translate id="forum.ask.draft.discard" description="Ask form: button that empties the form and forgets the draft">Discard draft</Translate>
          </button>
        </>
      )}
    </div>
  );
}
