/**
 * What makes an attribute active: an event handler runs script, and a URL
 * attribute can too (`javascript:`) or embed a document (`data:`). Shared by
 * the build guard (./index.ts) and the translation check.
 */

/**
 * Attribute names compared without case, `-` or `:`, so that HTML (`formaction`,
 * `xlink:href`), hast properties (`formAction`, `xLinkHref`) and JSX (`xlinkHref`)
 * name an attribute alike.
 */
export const attributeKey = (name: string): string => name.toLowerCase().replace(/[-:]/g, '');

/** Attributes whose value browsers load or navigate to. */
const URL_ATTRIBUTES = new Set(
  ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'xlink:href', 'manifest', 'ping', 'longdesc', 'usemap', 'codebase', 'classid', 'archive', 'lowsrc', 'dynsrc', 'icon'].map(attributeKey),
);

export const isUrlAttribute = (name: string): boolean => URL_ATTRIBUTES.has(attributeKey(name));

/**
 * `onclick`, `onError`, `on-load`…: every HTML event handler is `on` and a
 * lowercase event name of three letters or more, which spares `one`, `only`.
 */
export const isEventHandler = (name: string): boolean => /^on[a-z]{3,}$/.test(attributeKey(name));

/**
 * The scheme of a URL in lower case, or `null` for a relative one. Browsers
 * ignore ASCII whitespace and control characters inside the scheme
 * (`java\tscript:`), so they are dropped first.
 */
export function urlScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase() ?? null;
}

/** Schemes a page may never use: they run script (`javascript:`, `vbscript:`) or carry a document (`data:`). */
export const FORBIDDEN_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);

/** Schemes a translation may use without the English page having them. */
export const ORDINARY_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/** The URLs in an attribute value: one, or a list for `srcset` and `ping`. */
export const urlsOf = (name: string, value: string): string[] =>
  ['srcset', 'ping'].includes(attributeKey(name))
    ? value.split(/,|\s+/).filter((part) => part !== '' && !/^\d+(\.\d+)?[wx]$/.test(part))
    : [value];
