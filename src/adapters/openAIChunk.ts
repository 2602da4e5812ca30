/**
 * A fast path for the common OpenAI chat-completion chunk:
 * `{"id":…,"choices":[{"index":0,"delta":{"content":"…"},…}],…}`.
 *
 * JSON.parse of every event costs about twice as much as parsing the SSE itself (see
 * bench/sse-adapter.bench.ts). One anchored pattern with simple character classes validates and
 * reads the chunk instead: the members before `choices` (scalars or flat objects), the path to
 * `choices[0].delta.content` (a JSON string, escapes included), an optional `finish_reason`, and
 * the other members (scalars or flat objects). Keys named `error`, `choices`, `delta`, `content`
 * or `finish_reason` are not allowed among the others, so there is no hidden error and no
 * duplicate key. Whatever the pattern accepts is valid JSON and reads the same as with JSON.parse;
 * anything else (role and finish chunks, usage chunks, tool calls, errors, spacing, malformed
 * data) returns undefined and goes through JSON.parse. Every repetition in the pattern is
 * unambiguous, so matching stays linear in the length of the data.
 */
export interface OpenAIChunkFields {
  /** choices[0].delta.content. */
  content: string;
  /** choices[0].finish_reason is a non-empty string. */
  finished: boolean;
}

const KEY = '"(?!(?:error|choices|delta|content|finish_reason)")[A-Za-z_][A-Za-z0-9_]*"';
// "Unrolled loop" form: runs of plain characters, each escape followed by another run.
const PLAIN = String.raw`[^"\\\u0000-\u001f]*`;
const INNER = String.raw`${PLAIN}(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})${PLAIN})*`;
const STRING = `"${INNER}"`;
const NUMBER = String.raw`-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?`;
const SCALAR = `(?:${STRING}|${NUMBER}|true|false|null)`;
const FLAT = `\\{(?:${KEY}:${SCALAR}(?:,${KEY}:${SCALAR})*)?\\}`;
const MEMBER = `${KEY}:(?:${SCALAR}|${FLAT})`;

// At most one finish_reason, so its capture is never reset by a later member of the choice.
const CHUNK = new RegExp(
  `^\\{(?:${MEMBER},)*"choices":\\[\\{(?:"index":\\d+,)?"delta":\\{(?:"role":"assistant",)?"content":(${STRING})(?:,${MEMBER})*\\}` +
    `(?:,${MEMBER})*(?:,"finish_reason":(null|${STRING})(?:,${MEMBER})*)?\\}\\](?:,${MEMBER})*\\}$`,
);

const finishedBy = (reason: string | undefined) => reason !== undefined && reason !== 'null' && reason !== '""';

/** Reads one chunk, or returns undefined when JSON.parse must decide. */
export function scanOpenAIChunk(data: string): OpenAIChunkFields | undefined {
  const match = CHUNK.exec(data);
  if (!match) return undefined;
  const literal = match[1];
  const content = literal.indexOf('\\') < 0 ? literal.slice(1, -1) : (JSON.parse(literal) as string);
  return { content, finished: finishedBy(match[2]) };
}

// Tokens of a JSON text without whitespace: a string, a number, or a run of other characters
// (punctuation and the words true, false, null).
const TOKEN = /"(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|[^"0-9-]+/y;
const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Patterns for chunks shaped exactly like `data`, which `CHUNK` matched: the same keys in the
 * same order, the same punctuation, true/false/null and finish reason, with any JSON string in
 * place of each other string value (ids, `obfuscation` padding, the content) and any JSON number
 * in place of each number. A text they match differs from `data` only in those values, each of
 * which is exactly one JSON token, so it is valid JSON with the same structure: no error member,
 * one `content` key (in choices[0].delta) and the same finish reason, so JSON.parse would read
 * the same. As the patterns hold no ids or timestamps, streams of one shape build the same
 * sources, which V8 compiles once and caches.
 *
 * `head` (sticky, from 0) matches up to the content's opening quote; `plain` (sticky, from there)
 * matches content without escapes and, in a lookahead, the rest of the text, so its lastIndex is
 * where the content ends; `escaped` does the same for content with escapes. Without alternatives
 * or ambiguous repetitions, matching is linear and fails at the first difference.
 */
interface Template {
  head: RegExp;
  plain: RegExp;
  escaped: RegExp;
  finished: boolean;
}

function templateFor(data: string): Template | undefined {
  let head: string | undefined;
  let source = '';
  let key = '';
  let finished = false;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < data.length) {
    const match = TOKEN.exec(data);
    if (!match) return undefined;
    const token = match[0];
    const first = token.charCodeAt(0);
    if (first === 34 /* " */ && data.charCodeAt(TOKEN.lastIndex) === 58 /* : */) {
      key = token;
      source += token;
      continue;
    }
    if (first === 45 /* - */ || (first >= 48 && first <= 57)) source += NUMBER;
    else if (first !== 34) source += escapeRegExp(token);
    else if (key === '"content"') {
      head = `${source}"`;
      source = '';
    } else if (key === '"finish_reason"') {
      source += escapeRegExp(token);
      finished = token.length > 2;
    } else source += STRING;
    if (token !== ':') key = '';
  }
  if (head === undefined) return undefined;
  const rest = `(?="${source}$)`;
  return {
    head: new RegExp(head, 'y'),
    plain: new RegExp(PLAIN + rest, 'y'),
    escaped: new RegExp(INNER + rest, 'y'),
    finished,
  };
}

// Building a template costs as much as scanning a few dozen chunks (more when V8 compiles its
// patterns for the first time). One is built once the general pattern has read two chunks in a
// row (so not from a lone first chunk with a role), and, for a stream whose chunks keep changing
// shape, a new one only every REBUILD_COST matches of the current one.
const REBUILD_COST = 16;
const START_BUDGET = 2 * REBUILD_COST;
const MAX_BUDGET = 64 * REBUILD_COST;

/** The content of a chunk `template` matches, or undefined. */
function readWith(template: Template, data: string): string | undefined {
  template.head.lastIndex = 0;
  if (!template.head.test(data)) return undefined;
  const start = template.head.lastIndex;
  template.plain.lastIndex = start;
  if (template.plain.test(data)) return data.slice(start, template.plain.lastIndex);
  template.escaped.lastIndex = start;
  if (!template.escaped.test(data)) return undefined;
  return JSON.parse(`"${data.slice(start, template.escaped.lastIndex)}"`) as string;
}

/**
 * A scanner for one stream: `scanOpenAIChunk`, plus a template of the last chunk it read (see
 * `templateFor`). Chunks of one completion share their shape (OpenAI repeats id, created, model
 * in each; its `obfuscation` padding varies, which a template allows), and checking a chunk
 * against the template costs about half as much as the general pattern. Like `scanOpenAIChunk`,
 * it either returns undefined or reads what JSON.parse would.
 */
export function createOpenAIChunkScanner(): (data: string) => OpenAIChunkFields | undefined {
  let template: Template | undefined;
  let budget = START_BUDGET;
  let streak = 0;
  return (data) => {
    if (template) {
      const content = readWith(template, data);
      if (content !== undefined) {
        if (budget < MAX_BUDGET) budget += 1;
        return { content, finished: template.finished };
      }
    }
    const fields = scanOpenAIChunk(data);
    streak = fields ? streak + 1 : 0;
    if (streak >= 2 && budget >= REBUILD_COST) {
      budget -= REBUILD_COST;
      template = templateFor(data) ?? template;
    }
    return fields;
  };
}
