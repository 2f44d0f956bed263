/**
 * The gateway's JSON answer to a question sent with `fetch`, read without
 * trusting its shape: `{status: 'received', message, …}` (202), or
 * `{status: 'refused', errors: [{field, message}]}` with each message in the
 * member's language. Fields a newer gateway adds (the masked address, the
 * expected moderation time, when to try again) are read when present.
 */
export type GatewayError = {field: string; message: string};

export type GatewayAnswer =
  | {kind: 'received'; message: string | null; maskedEmail: string | null; moderationHours: number | null}
  | {kind: 'refused'; errors: GatewayError[]; retryAfterSeconds: number | null}
  /** Not an answer of the gateway's (a proxy's error page, a server error): the question was not taken. */
  | {kind: 'failed'; status: number};

const string = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
const positive = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null);

export function readAnswer(status: number, body: unknown, retryAfterHeader: string | null = null): GatewayAnswer {
  const fields = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  if (status >= 200 && status < 300 && fields.status === 'received') {
    return {kind: 'received', message: string(fields.message), maskedEmail: string(fields.maskedEmail), moderationHours: positive(fields.moderationHours)};
  }
  if (fields.status === 'refused' && Array.isArray(fields.errors)) {
    const errors = fields.errors.flatMap((error: unknown): GatewayError[] => {
      const item = error && typeof error === 'object' ? (error as Record<string, unknown>) : {};
      const field = string(item.field);
      const message = string(item.message);
      return field && message ? [{field, message}] : [];
    });
    const header = retryAfterHeader === null ? null : positive(Number(retryAfterHeader));
    if (errors.length > 0) return {kind: 'refused', errors, retryAfterSeconds: positive(fields.retryAfterSeconds) ?? header};
  }
  return {kind: 'failed', status};
}

/** The fields the form shows a problem beside; the others (`address`, `body`, `origin`…) concern the whole form. */
export const FORM_FIELDS = ['title', 'question', 'email', 'name', 'country', 'study_group', 'recommendations', 'altcha'] as const;

/** Problems by field for the form, and the rest for the whole form. */
export function splitErrors(errors: GatewayError[]): {byField: Partial<Record<string, string[]>>; general: string[]} {
  const byField: Partial<Record<string, string[]>> = {};
  const general: string[] = [];
  for (const {field, message} of errors) {
    if ((FORM_FIELDS as readonly string[]).includes(field)) byField[field] = [...(byField[field] ?? []), message];
    else general.push(message);
  }
  return {byField, general};
}

/**
 * The form's fields as the JSON the gateway reads: what a plain post of the
 * same form would send (the honeypot included), the ticked Recommendations
 * as a list, and the check's solution.
 */
export function jsonFields(data: Pick<FormData, 'forEach'>, altcha: string): Record<string, string | string[]> {
  const fields: Record<string, string> = {};
  const recommendations: string[] = [];
  data.forEach((value, name) => {
    if (typeof value !== 'string') return;
    if (name === 'recommendations') recommendations.push(value);
    else fields[name] = value;
  });
  return {...fields, recommendations, altcha};
}

/** Sends the form to the gateway as JSON; any failure to get its answer is `failed`, and the page keeps the text. */
export async function sendQuestion(url: string, data: Pick<FormData, 'forEach'>, altcha: string): Promise<GatewayAnswer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {'content-type': 'application/json', accept: 'application/json'},
      body: JSON.stringify(jsonFields(data, altcha)),
      credentials: 'omit',
    });
    const body: unknown = await response.json().catch(() => null);
    return readAnswer(response.status, body, response.headers.get('retry-after'));
  } catch {
    return {kind: 'failed', status: 0};
  }
}
