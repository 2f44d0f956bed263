/**
 * Structured logs: one JSON object a line. Callers pass named fields, never
 * free text built from what a member sent: no address, email, name or token
 * reaches a log (requests are logged by route pattern, not by path).
 */
export type LogFields = Record<string, string | number | boolean | null>;
export type Logger = {
  info: (event: string, fields?: LogFields) => void;
  warn: (event: string, fields?: LogFields) => void;
  error: (event: string, fields?: LogFields) => void;
};

export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const log = (level: string) => (event: string, fields: LogFields = {}) =>
    write(JSON.stringify({time: new Date().toISOString(), level, event, ...fields}));
  return {info: log('info'), warn: log('warn'), error: log('error')};
}

/**
 * What may be logged of an error: its kind and code, not its message, which
 * may quote a recipient (SMTP) or a request body.
 */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return {error: typeof error};
  const {code, status, responseCode} = error as Error & {code?: unknown; status?: unknown; responseCode?: unknown};
  return {
    error: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? {code: String(code)} : {}),
    ...(typeof status === 'number' ? {status} : {}),
    ...(typeof responseCode === 'number' ? {responseCode} : {}),
  };
}
