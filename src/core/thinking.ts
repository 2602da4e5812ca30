/**
 * Reasoning models (DeepSeek-R1, QwQ, Qwen3, and `openAIStream(res, { reasoning: true })`) put
 * their thinking first, inside `<think>…</think>`. This reads a reply in that form.
 */
export interface ThinkingParts {
  /** The text inside the think block ('' when there is none). */
  thinking: string;
  /** The answer after it (the whole text when there is no think block). */
  answer: string;
  /** There is a think block. */
  hasThinking: boolean;
  /** The think block has not been closed yet: the model is still thinking. */
  open: boolean;
}

const OPEN = /^\s*<think>/;
const CLOSE = '</think>';

export function splitThinking(text: string): ThinkingParts {
  const start = OPEN.exec(text);
  if (!start) {
    // `<thi` while the opening tag itself streams in: not text yet.
    if (/^\s*<(?:t(?:h(?:i(?:n(?:k)?)?)?)?)?$/.test(text) && text.trim())
      return { thinking: '', answer: '', hasThinking: true, open: true };
    return { thinking: '', answer: text, hasThinking: false, open: false };
  }
  const body = text.slice(start[0].length);
  const end = body.indexOf(CLOSE);
  if (end < 0) {
    // Hold back a closing tag that is still arriving (`</thi`).
    const partial = /<(?:\/(?:t(?:h(?:i(?:n(?:k)?)?)?)?)?)?$/.exec(body);
    return { thinking: (partial ? body.slice(0, partial.index) : body).trim(), answer: '', hasThinking: true, open: true };
  }
  return {
    thinking: body.slice(0, end).trim(),
    answer: body.slice(end + CLOSE.length).replace(/^\s+/, ''),
    hasThinking: true,
    open: false,
  };
}

/** The reply without its think block: what is sent back to the model as history by default. */
export function withoutThinking(text: string): string {
  const parts = splitThinking(text);
  return parts.hasThinking ? parts.answer : text;
}
