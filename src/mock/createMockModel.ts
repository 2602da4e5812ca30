import type { StoredChatMessage } from '../core/message';
import { madeHere } from '../core/stopPolicy';

/** One scripted answer. */
export interface MockReply {
  /** The text the model streams. */
  text: string;
  /** Fail the stream with an OpenAI-style `error` event after this many characters. */
  errorAfter?: number;
  /** The message of that error (default "The model stopped unexpectedly."). */
  errorMessage?: string;
  /** Answer with this HTTP status and a JSON error body instead of a stream. */
  status?: number;
  /** `error.message` in that JSON body. */
  statusMessage?: string;
  /** Reasoning text streamed first as `delta.reasoning_content` (DeepSeek / vLLM style). */
  reasoning?: string;
}

export interface MockModelOptions {
  /** Pace of the stream. Default 60 tokens a second; 0 streams as fast as possible. */
  tokensPerSecond?: number;
  /** What to answer: fixed text, a scripted reply, or a function of the conversation. */
  reply?: string | MockReply | ((messages: MockChatMessage[]) => string | MockReply);
  /** Delay before the first byte, in ms. Default 300. */
  firstTokenDelay?: number;
  /** The `model` field of each chunk. Default "mock-gpt". */
  model?: string;
}

/** What an OpenAI-style request body carries per message. */
export interface MockChatMessage {
  role: string;
  content: string;
}

export type MockFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const encoder = new TextEncoder();

/**
 * Splits text into token-like pieces of varying size (one or two words, CJK one or two
 * characters), about as finely as real models stream it.
 */
export function tokenize(text: string, seed = 7): string[] {
  const words = text.match(/[\u3000-\u9fff\uff00-\uffef]|\s*[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const tokens: string[] = [];
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) % 3 === 0 ? 2 : 1);
  for (let i = 0; i < words.length;) {
    const n = next();
    tokens.push(words.slice(i, i + n).join(''));
    i += n;
  }
  return tokens;
}

function toMessages(init?: RequestInit): MockChatMessage[] {
  if (typeof init?.body !== 'string') return [];
  try {
    const parsed = JSON.parse(init.body) as { messages?: MockChatMessage[] };
    return Array.isArray(parsed.messages) ? parsed.messages : [];
  } catch {
    return [];
  }
}

function chunk(model: string, delta: Record<string, unknown>, finish: string | null = null): string {
  return `data: ${JSON.stringify({
    id: 'chatcmpl-mock',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * A fake OpenAI-compatible chat endpoint, for demos and tests: returns a `fetch`-like function
 * whose `Response` is real OpenAI-style SSE, paced at `tokensPerSecond`, chunked at varying sizes
 * and cancelled by the request's `signal`. Read it with `openAIStream` exactly as a real backend.
 *
 * ```ts
 * const fetchModel = createMockModel({ reply: 'Hello **world**' });
 * <ProChat request={async (messages, { signal }) =>
 *   new Response(openAIStream(await fetchModel('/v1/chat/completions', {
 *     method: 'POST', body: JSON.stringify({ messages }), signal })))} />
 * ```
 */
export function createMockModel(options: MockModelOptions = {}): MockFetch {
  const { tokensPerSecond = 60, firstTokenDelay = 300, model = 'mock-gpt' } = options;

  return async (_input, init) => {
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw abortError();
    const messages = toMessages(init);
    const source = options.reply ?? ((m: MockChatMessage[]) => `You said: ${m.at(-1)?.content ?? ''}`);
    const picked = typeof source === 'function' ? source(messages) : source;
    const reply: MockReply = typeof picked === 'string' ? { text: picked } : picked;

    if (reply.status && (reply.status < 200 || reply.status > 299)) {
      const body = JSON.stringify({
        error: { message: reply.statusMessage ?? 'The mock model refused the request.', type: 'mock_error', code: String(reply.status) },
      });
      return new Response(body, { status: reply.status, headers: { 'content-type': 'application/json' } });
    }

    const events: string[] = [chunk(model, { role: 'assistant', content: '' })];
    for (const token of reply.reasoning ? tokenize(reply.reasoning) : []) events.push(chunk(model, { reasoning_content: token }));
    let sent = 0;
    let failed = false;
    for (const token of tokenize(reply.text)) {
      if (reply.errorAfter !== undefined && sent + token.length > reply.errorAfter) {
        const head = token.slice(0, Math.max(0, reply.errorAfter - sent));
        if (head) events.push(chunk(model, { content: head }));
        events.push(
          `data: ${JSON.stringify({ error: { message: reply.errorMessage ?? 'The model stopped unexpectedly.', type: 'server_error' } })}\n\n`,
        );
        failed = true;
        break;
      }
      events.push(chunk(model, { content: token }));
      sent += token.length;
    }
    if (!failed) events.push(chunk(model, {}, 'stop'), 'data: [DONE]\n\n');

    const interval = tokensPerSecond > 0 ? 1000 / tokensPerSecond : 0;
    let index = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    const wait = (ms: number) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        timer = setTimeout(resolve, ms);
        onAbort = () => {
          clearTimeout(timer);
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      }).finally(() => {
        if (onAbort) signal?.removeEventListener('abort', onAbort);
      });

    // Pull-based and cancel-safe: Stop may cancel it, as it cancels a real fetch's body.
    const body = madeHere(
      new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            await wait(index === 0 ? firstTokenDelay : interval);
          } catch (error) {
            controller.error(error);
            return;
          }
          if (index >= events.length) {
            controller.close();
            return;
          }
          // Like a real network, several events sometimes arrive together and one may be split.
          const batch = 1 + (index % 5 === 4 ? 2 : 0);
          let text = events.slice(index, index + batch).join('');
          index += batch;
          if (index < events.length && index % 7 === 3) {
            const cut = Math.floor(text.length / 2);
            events[index] = text.slice(cut) + events[index];
            text = text.slice(0, cut);
          }
          controller.enqueue(encoder.encode(text));
        },
        cancel() {
          clearTimeout(timer);
        },
      }),
    );
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  };
}

/** Turns ProChat messages into the `{ role, content }` list an OpenAI-style body carries. */
export function toOpenAIMessages(messages: StoredChatMessage[]): MockChatMessage[] {
  return messages.map(({ role, content }) => ({ role, content }));
}
