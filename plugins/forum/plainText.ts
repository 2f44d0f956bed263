import {publishableText} from '../utils/text';

/**
 * What has no place in a one-line text from GitHub: C0 and C1 controls (NUL,
 * line breaks, escape) and the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which would reorder the text after them —
 * a title could make " | BSG Hub" or a neighbouring link read backwards. The
 * marks (LRM, RLM, ALM) stay: Arabic and Hebrew text needs them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * A title or name as one line of plain text: controls become a space, and
 * what XML and HTML forbid (U+FFFE, U+FFFF, lone surrogates…) is dropped.
 */
export const oneLine = (text: string): string => publishableText(text.replace(LINE_CONTROLS, ' ')).replace(/\s{2,}/g, ' ').trim();

/**
 * A post's Markdown with only the controls a text needs, tab and line breaks
 * (NUL would come out as U+FFFD), and nothing XML or HTML forbids (U+FFFE in
 * a question would make its Atom feeds ill-formed).
 */
export const withoutControls = (markdown: string): string => publishableText(markdown);

/** The bidi embeddings, overrides and isolates alone (see above): a quoted text keeps its lines and its marks. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]+/g;

/** A text of several lines whose order nothing can change: without the bidi embeddings, overrides and isolates. */
export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
