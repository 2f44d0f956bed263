/**
 * JSON for the text of a `<script>` element (JSON-LD, labels read by a
 * component). `<` is escaped as `\u003c`, which JSON parsers read back as
 * `<`: no text inside can close the element (`</script>`) or open a comment.
 */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
