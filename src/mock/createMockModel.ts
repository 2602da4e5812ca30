import { madeHere } from '../core/stopPolicy';
import { mockErrorBody, mockFormats, type MockFormat, type MockScript, type MockToolCall } from './formats';

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
  /** Reasoning streamed first, as the format carries it (`delta.reasoning_content` for `openai`). */
  reasoning?: string;
  /** Tool calls the model makes after its text, their arguments streamed in pieces. */
  toolCalls?: MockToolCall[];
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
  /**
   * The provider whose streaming format the answer is written in, so each reader can be tried
   * offline: `openai` (chat completions SSE), `openai-responses`, `anthropic` (Messages SSE),
   * `gemini` (`streamGenerateContent?alt=sse`), `ollama` (`/api/chat` NDJSON), `qwen` (DashScope
   * native, incremental) or `ui-message-stream` (the AI SDK's, with its header).
   * @default 'openai'
   */
  format?: MockFormat;
}

/** A file a request's message carried (an image, a PDF, audio), as the mock model sees it. */
export interface MockFile {
  mediaType: string;
  filename?: string;
  /** Its size, when it came inline (base64); undefined for a file sent by URL. */
  bytes?: number;
}

/** What an OpenAI-style request body carries per message. */
export interface MockChatMessage {
  role: string;
  content: string;
  /** Files in the message, from any provider's shape (OpenAI, Anthropic, Gemini). */
  files?: MockFile[];
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

/** Text of a message's content in any provider's shape: a string, or parts with `text`. */
function textOfContent(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) => (part && typeof (part as { text?: unknown }).text === 'string' ? (part as { text: string }).text : ''))
    .join('');
}

const base64Bytes = (data: string) => Math.floor((data.length * 3) / 4) - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);

/** A file described by a data URL or a plain URL. */
function fileFromUrl(url: string, fallbackType: string, filename?: string): MockFile {
  const data = /^data:([^;,]+)[^,]*;base64,(.*)$/s.exec(url);
  const file: MockFile = data ? { mediaType: data[1], bytes: base64Bytes(data[2]) } : { mediaType: fallbackType };
  return filename ? { ...file, filename } : file;
}

/** A content part of any provider, as far as the mock reads it. */
interface LooseContentPart {
  type?: string;
  title?: unknown;
  image_url?: { url?: unknown };
  file?: { file_data?: unknown; filename?: string };
  input_audio?: { data?: unknown; format?: unknown };
  source?: { type?: string; media_type?: string; data?: string; url?: string };
  inlineData?: { data?: unknown; mimeType?: unknown };
  image?: unknown;
  audio?: unknown;
  video?: unknown;
}

/** The files in a message's content parts: OpenAI's, Anthropic's, Gemini's and DashScope's shapes. */
function filesOfContent(content: unknown): MockFile[] {
  if (!Array.isArray(content)) return [];
  const files: MockFile[] = [];
  for (const raw of content) {
    const part = (raw ?? {}) as LooseContentPart;
    if (part.type === 'image_url' && typeof part.image_url?.url === 'string') files.push(fileFromUrl(part.image_url.url, 'image/*'));
    else if (part.type === 'file' && typeof part.file?.file_data === 'string')
      files.push(fileFromUrl(part.file.file_data, 'application/octet-stream', part.file.filename));
    else if (part.type === 'input_audio' && typeof part.input_audio?.data === 'string')
      files.push({ mediaType: `audio/${String(part.input_audio.format ?? 'wav')}`, bytes: base64Bytes(part.input_audio.data) });
    else if ((part.type === 'image' || part.type === 'document') && part.source) {
      const source = part.source;
      const file: MockFile =
        source.type === 'base64' && source.data
          ? { mediaType: source.media_type ?? 'application/octet-stream', bytes: base64Bytes(source.data) }
          : source.type === 'text'
            ? { mediaType: 'text/plain', bytes: new TextEncoder().encode(source.data ?? '').length }
            : { mediaType: part.type === 'image' ? 'image/*' : 'application/pdf' };
      files.push(typeof part.title === 'string' ? { ...file, filename: part.title } : file);
    } else if (part.inlineData && typeof part.inlineData.data === 'string')
      files.push({ mediaType: String(part.inlineData.mimeType ?? 'application/octet-stream'), bytes: base64Bytes(part.inlineData.data) });
    else if (typeof part.image === 'string') files.push(fileFromUrl(part.image, 'image/*'));
    else if (typeof part.audio === 'string') files.push(fileFromUrl(part.audio, 'audio/*'));
    else if (typeof part.video === 'string') files.push(fileFromUrl(part.video, 'video/*'));
  }
  return files;
}

/** Text files sent as text, in the `<file name type>` tags `toOpenAIMessages` writes. */
const FILE_TAG = /<file name="([^"]*)" type="([^"]*)">\n([\s\S]*?)\n<\/file>/g;

function textFilesOf(text: string): MockFile[] {
  return [...text.matchAll(FILE_TAG)].map((match) => ({
    filename: match[1].replace(/&quot;/g, '"'),
    mediaType: match[2],
    bytes: new TextEncoder().encode(match[3]).length,
  }));
}

/** The conversation in a request body, whichever provider's shape it has. */
function toMessages(init?: RequestInit): MockChatMessage[] {
  if (typeof init?.body !== 'string') return [];
  try {
    const body = JSON.parse(init.body) as {
      messages?: unknown;
      input?: unknown;
      contents?: Array<{ role?: string; parts?: unknown }>;
    };
    const input = body.input as { messages?: unknown } | string | unknown[] | undefined;
    const list =
      body.messages ??
      (typeof input === 'string' ? [{ role: 'user', content: input }] : Array.isArray(input) ? input : input?.messages) ??
      body.contents?.map((entry) => ({ role: entry.role === 'model' ? 'assistant' : (entry.role ?? 'user'), content: entry.parts }));
    if (!Array.isArray(list)) return [];
    return list.map((entry: { role?: unknown; content?: unknown }) => {
      const text = textOfContent(entry.content);
      const files = [...filesOfContent(entry.content), ...textFilesOf(text)];
      return {
        role: typeof entry.role === 'string' ? entry.role : 'user',
        // The message's own words: text files are in `files`.
        content: files.length ? text.replace(FILE_TAG, '').trim() : text,
        ...(files.length ? { files } : {}),
      };
    });
  } catch {
    return [];
  }
}

/** Whether an OpenAI-style body asked for the usage chunk. */
function wantsUsage(init?: RequestInit): boolean {
  if (typeof init?.body !== 'string') return false;
  try {
    return (JSON.parse(init.body) as { stream_options?: { include_usage?: unknown } }).stream_options?.include_usage === true;
  } catch {
    return false;
  }
}

/** A byte count for the mock's answers. */
const sizeOf = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;

/**
 * What the mock says about the files of a message, as a vision model would begin: each file's
 * name, type and size (`I see 2 files: cat.png, an image/png of 34 KB; …`).
 */
export function describeFiles(files: readonly MockFile[]): string {
  const each = files.map((file) => {
    const what = `${/^[aeiou]/i.test(file.mediaType) ? 'an' : 'a'} ${file.mediaType}${file.bytes !== undefined ? ` of ${sizeOf(file.bytes)}` : ' (by URL)'}`;
    return file.filename ? `${file.filename}, ${what}` : what;
  });
  return `I see ${files.length === 1 ? 'one file' : `${files.length} files`}: ${each.join('; ')}.`;
}

function defaultReply(messages: MockChatMessage[]): string {
  const last = messages.at(-1);
  const seen = last?.files?.length ? `${describeFiles(last.files)} ` : '';
  return `${seen}You said: ${last?.content ?? ''}`;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * A fake model endpoint, for demos and tests: returns a `fetch`-like function whose `Response` is
 * the stream a real provider sends (OpenAI-style SSE unless `format` says otherwise), paced at
 * `tokensPerSecond`, chunked at varying sizes and cancelled by the request's `signal`. Read it
 * with the reader for that provider exactly as a real backend.
 *
 * ```ts
 * const fetchModel = createMockModel({ reply: 'Hello **world**' });
 * <ProChat request={async (messages, { signal }) =>
 *   new Response(openAIStream(await fetchModel('/v1/chat/completions', {
 *     method: 'POST', body: JSON.stringify({ messages }), signal })))} />
 *
 * const anthropic = createMockModel({ format: 'anthropic', reply: { text: 'Checking.', toolCalls: [{ name: 'get_weather', input: { city: 'Paris' } }] } });
 * <ProChat request={async (messages, { signal }) =>
 *   fromAnthropic(await anthropic('/v1/messages', { method: 'POST', body: JSON.stringify({ messages }), signal }))} />
 * ```
 */
export function createMockModel(options: MockModelOptions = {}): MockFetch {
  const { tokensPerSecond = 60, firstTokenDelay = 300, model = 'mock-gpt', format = 'openai' } = options;

  return async (_input, init) => {
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw abortError();
    const messages = toMessages(init);
    const source = options.reply ?? defaultReply;
    const picked = typeof source === 'function' ? source(messages) : source;
    const reply: MockReply = typeof picked === 'string' ? { text: picked } : picked;

    if (reply.status && (reply.status < 200 || reply.status > 299)) {
      const body = mockErrorBody(format, reply.status, reply.statusMessage ?? 'The mock model refused the request.');
      return new Response(body, { status: reply.status, headers: { 'content-type': 'application/json' } });
    }

    const reasoning = reply.reasoning ? tokenize(reply.reasoning) : [];
    const text: string[] = [];
    let sent = 0;
    let error: string | undefined;
    for (const token of tokenize(reply.text)) {
      if (reply.errorAfter !== undefined && sent + token.length > reply.errorAfter) {
        const head = token.slice(0, Math.max(0, reply.errorAfter - sent));
        if (head) text.push(head);
        error = reply.errorMessage ?? 'The model stopped unexpectedly.';
        break;
      }
      text.push(token);
      sent += token.length;
    }
    const words = (list: MockChatMessage[]) => list.reduce((n, m) => n + tokenize(m.content).length, 0);
    const toolCalls = error === undefined ? (reply.toolCalls ?? []) : [];
    const script: MockScript = {
      model,
      reasoning,
      text,
      toolCalls: toolCalls.map((call, index) => {
        const json = JSON.stringify(call.input);
        // Arguments arrive a few characters at a time, as models write them.
        const pieces = json.match(/.{1,6}/gs) ?? [];
        return { id: call.id ?? `call_${index}`, name: call.name, input: call.input, output: call.output, pieces };
      }),
      error,
      usage: {
        input: words(messages),
        output: reasoning.length + text.length + toolCalls.length * 8,
        reasoning: reasoning.length,
      },
      includeUsage: wantsUsage(init),
    };
    const { events, contentType, headers } = mockFormats[format](script);

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
    return new Response(body, { status: 200, headers: { 'content-type': contentType, ...headers } });
  };
}
