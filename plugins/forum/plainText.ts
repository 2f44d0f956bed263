/**
 * What has no place in a one-line text from GitHub: C0 and C1 controls (NUL,
 * line breaks, escape) and the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which would reorder the text after them —
 * a title could make " | BSG Hub" or a neighbouring link read backwards. The
 * marks (LRM, RLM, ALM) stay: Arabic and Hebrew text needs them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/** Controls that a Markdown text keeps: tab and line breaks. NUL would come out as U+FFFD. */
// eslint-disable-next-line no-control-regex -- as above
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]+/g;

/** The bidi embeddings, overrides and isolates alone (see above): a quoted text keeps its lines and its marks. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]+/g;

/** A title or name as one line of plain text: controls become a space. */
export const oneLine = (text: string): string => text.replace(LINE_CONTROLS, ' ').replace(/\s{2,}/g, ' ').trim();

/** A post's Markdown without the controls that no text needs. */
export const withoutControls = (markdown: string): string => markdown.replace(TEXT_CONTROLS, '');

/** A text of several lines whose order nothing can change: without the bidi embeddings, overrides and isolates. */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
