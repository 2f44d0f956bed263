/**
 * Code points that are not text anywhere the site publishes: lone surrogates
 * (no UTF-8 encodes them) and the noncharacters (U+FDD0–U+FDEF and the last
 * two of every plane, U+FFFE and U+FFFF among them). XML 1.0 forbids
 * surrogates, U+FFFE and U+FFFF, so one of them in a title makes every Atom
 * feed that lists the thread ill-formed; HTML calls them all parse errors.
 * With the `u` flag, `\p{Cs}` matches only a surrogate that is not half of a pair.
 */
const NOT_TEXT = /[\p{Cs}\p{Noncharacter_Code_Point}]/gu;

/**
 * The C0 controls but tab, line feed and carriage return (which XML 1.0 and
 * HTML forbid), DEL and the C1 controls (which HTML forbids): no text needs them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** `text` without the code points that XML 1.0 or HTML forbid: what any published text may hold. */
export const publishableText = (text: string): string => text.replace(NOT_TEXT, '').replace(CONTROLS, '');
