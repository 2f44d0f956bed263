/** How a translation was made (its front matter's `translation.state`, issue 22). */
export const TRANSLATION_STATES = ['machine', 'draft', 'reviewed'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** The states that readers are told about: nobody has reviewed the page yet. */
export type UnreviewedState = Exclude<TranslationState, 'reviewed'>;

/**
 * The `translation.state` of a page's front matter, or `null` when it has
 * none or an unknown one (content validation refuses those; the notice is
 * not the place to report them).
 */
export function translationState(frontMatter: Record<string, unknown>): TranslationState | null {
  const {translation} = frontMatter;
  const state = typeof translation === 'object' && translation !== null ? (translation as {state?: unknown}).state : undefined;
  return (TRANSLATION_STATES as readonly unknown[]).includes(state) ? (state as TranslationState) : null;
}

/** Whether readers of a page in this state get the notice (machine or draft). */
export const isUnreviewed = (state: TranslationState | null): state is UnreviewedState => state === 'machine' || state === 'draft';
