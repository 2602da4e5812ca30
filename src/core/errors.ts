/**
 * The one error type the library raises and records on messages: a failed request, a non-2xx
 * response, a broken or malformed stream. `status` is the HTTP status when there was one, `code`
 * is the server's (or our) machine-readable code, `message` is meant to be shown to the user.
 */
export class ProChatError extends Error {
  readonly status?: number;
  readonly code?: string;
  override readonly cause?: unknown;

  constructor(message: string, options: { status?: number; code?: string; cause?: unknown } = {}) {
    super(message);
    this.name = 'ProChatError';
    this.status = options.status;
    this.code = options.code;
    this.cause = options.cause;
  }
}

/** Plain, serialisable form of an error as stored on a message (survives JSON persistence). */
export interface ChatMessageErrorInfo {
  message: string;
  status?: number;
  code?: string;
  /** `code`, else `status`: the field @ant-design/pro-chat's `ChatMessageError` called `type`. */
  type?: string | number;
  /** Anything else the app wants to keep with the error (pro-chat's `body`). */
  body?: unknown;
}

/** @ant-design/pro-chat's name for the error stored on a message. */
export type ChatMessageError = ChatMessageErrorInfo;

export function isAbortError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  return name === 'AbortError';
}

/** Normalises anything thrown (Error, string, DOMException, object) into a ProChatError. */
export function toProChatError(error: unknown): ProChatError {
  if (error instanceof ProChatError) return error;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const status = (error as { status?: unknown }).status;
    return new ProChatError(error.message || error.name, {
      code: typeof code === 'string' ? code : undefined,
      status: typeof status === 'number' ? status : undefined,
      cause: error,
    });
  }
  if (typeof error === 'string') return new ProChatError(error);
  if (error && typeof error === 'object') {
    const found = messageFromPayload(error);
    if (found.message) return new ProChatError(found.message, { code: found.code, cause: error });
  }
  return new ProChatError('Unknown error', { cause: error });
}

export function errorInfo(error: ProChatError): ChatMessageErrorInfo {
  const info: ChatMessageErrorInfo = { message: error.message };
  if (error.status !== undefined) info.status = error.status;
  if (error.code !== undefined) info.code = error.code;
  const type = error.code ?? error.status;
  if (type !== undefined) info.type = type;
  return info;
}

/**
 * Finds the human-readable message and code in a server's JSON error payload. Handles the shapes
 * model APIs use: `{ error: { message, code|type } }` (OpenAI), `{ code, message }` (DashScope),
 * `{ error: "text" }`, `{ message }`, `{ detail }` (FastAPI), `{ msg }`.
 */
export function messageFromPayload(payload: unknown): { message?: string; code?: string } {
  if (!payload || typeof payload !== 'object') return {};
  const record = payload as Record<string, unknown>;
  const nested = record.error;
  if (nested && typeof nested === 'object') {
    const inner = messageFromPayload(nested);
    if (inner.message || inner.code) return inner;
  }
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : undefined;
  const code = text(record.code) ?? text(record.type) ?? text(record.error_code);
  const message =
    text(record.message) ??
    (typeof nested === 'string' ? text(nested) : undefined) ??
    text(record.detail) ??
    text(record.msg) ??
    text(record.error_msg);
  return { message: message ?? code, code };
}

const MAX_BODY_MESSAGE = 500;

/** Turns a non-2xx `Response` into a ProChatError carrying the status and the server's own words. */
export async function errorFromResponse(response: Response): Promise<ProChatError> {
  let body = '';
  try {
    body = await response.text();
  } catch {
    // A body that cannot be read still leaves the status to report.
  }
  const statusLine = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  let message: string | undefined;
  let code: string | undefined;
  const trimmed = body.trim();
  if (trimmed) {
    try {
      const found = messageFromPayload(JSON.parse(trimmed));
      message = found.message;
      code = found.code;
    } catch {
      message = plainTextOf(trimmed);
    }
  }
  return new ProChatError(message || statusLine, { status: response.status, code, cause: body || undefined });
}

/** Whether a successful answer is a web page (`text/html`), which is never a reply. */
export function isHtmlPage(response: Response): boolean {
  return /^\s*text\/html\b/i.test(response.headers?.get('content-type') ?? '');
}

/**
 * The error for a 2xx answer that is an HTML page, e.g. `request` fetched a URL that is the site
 * itself (a wrong path, a dev server's fallback page): named as such, with the page's title.
 */
export async function errorFromHtmlPage(response: Response): Promise<ProChatError> {
  let body = '';
  try {
    body = await response.text();
  } catch {
    // The content type alone says what it was.
  }
  const title = plainTextOf(body.trim());
  const message = `The server answered with an HTML page, not a reply${title ? `: ${title}` : ''}.`;
  return new ProChatError(message, { status: response.status, code: 'html_response', cause: body || undefined });
}

/** HTML error pages (proxies, gateways) are reduced to their title or text, never shown as markup. */
function plainTextOf(body: string): string {
  if (/^<(!doctype|html|\?xml|head|body)/i.test(body)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
    const text = (title ?? body.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    return text.slice(0, MAX_BODY_MESSAGE);
  }
  return body.length > MAX_BODY_MESSAGE ? `${body.slice(0, MAX_BODY_MESSAGE)}…` : body;
}
