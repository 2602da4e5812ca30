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
const STRING = String.raw`"${PLAIN}(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})${PLAIN})*"`;
const SCALAR = `(?:${STRING}|-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null)`;
const FLAT = `\\{(?:${KEY}:${SCALAR}(?:,${KEY}:${SCALAR})*)?\\}`;
const MEMBER = `${KEY}:(?:${SCALAR}|${FLAT})`;

const CHUNK = new RegExp(
  `^\\{(?:${MEMBER},)*"choices":\\[\\{(?:"index":\\d+,)?"delta":\\{(?:"role":"assistant",)?"content":(${STRING})(?:,${MEMBER})*\\}` +
    `(?:,(?:"finish_reason":(null|${STRING})|${MEMBER}))*\\}\\](?:,${MEMBER})*\\}$`,
);

/** Reads one chunk, or returns undefined when JSON.parse must decide. */
export function scanOpenAIChunk(data: string): OpenAIChunkFields | undefined {
  const match = CHUNK.exec(data);
  if (!match) return undefined;
  const literal = match[1];
  const content = literal.indexOf('\\') < 0 ? literal.slice(1, -1) : (JSON.parse(literal) as string);
  const reason = match[2];
  return { content, finished: reason !== undefined && reason !== 'null' && reason !== '""' };
}
