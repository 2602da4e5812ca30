import { messageParts, type ModelRole, type StoredChatMessage } from '../core/message';
import type { ToolCallPart } from '../core/parts';

/** A tool call as an assistant message carries it in OpenAI's chat format. */
export interface OpenAIToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** The chat messages OpenAI's chat completions (and compatible servers) read, as this chat writes them. */
export type OpenAIChatMessage =
  | { role: 'system' | 'developer' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: OpenAIToolCall[]; reasoning_content?: string }
  | { role: 'tool'; tool_call_id: string; content: string };

export interface ToOpenAIMessagesOptions {
  /**
   * Send earlier replies' reasoning back as `reasoning_content` (what DeepSeek and Qwen's compatible
   * mode read). Models are mostly not meant to see their past reasoning.
   * @default false
   */
  reasoning?: boolean;
}

/** What a tool gave back, as the text of a `tool` message. */
function resultText(part: ToolCallPart): string | undefined {
  if (part.state === 'output-error') return part.errorText ?? 'The tool failed.';
  if (part.state !== 'output-available') return undefined;
  return typeof part.output === 'string' ? part.output : JSON.stringify(part.output ?? null);
}

const isModelMessageRole = (role: string): role is ModelRole =>
  role === 'user' || role === 'assistant' || role === 'system' || role === 'developer';

/**
 * A conversation as OpenAI chat messages: user, system and developer messages as `{ role, content }`;
 * an assistant reply made of parts as one assistant message per step (its text, and the tool calls
 * it made as `tool_calls` with their arguments as JSON), each followed by a `tool` message per
 * result (an error's text when the tool failed). Tool calls that have no result yet are left out:
 * OpenAI rejects a call that is not answered. Reasoning, sources, files and data parts are not
 * sent (reasoning with `{ reasoning: true }`); messages with roles no model reads are skipped.
 */
export function toOpenAIMessages(messages: readonly StoredChatMessage[], options: ToOpenAIMessagesOptions = {}): OpenAIChatMessage[] {
  const out: OpenAIChatMessage[] = [];
  for (const message of messages) {
    if (!isModelMessageRole(message.role)) continue;
    if (message.role !== 'assistant') {
      out.push({ role: message.role, content: message.content });
      continue;
    }
    if (!message.parts) {
      out.push({ role: 'assistant', content: message.content });
      continue;
    }
    let text: string[] = [];
    let reasoning: string[] = [];
    let calls: ToolCallPart[] = [];
    const flush = () => {
      const answered = calls.filter((call) => resultText(call) !== undefined);
      const thought = options.reasoning && reasoning.length ? reasoning.join('\n\n') : undefined;
      if (!text.length && !answered.length && thought === undefined) return;
      const step: OpenAIChatMessage = { role: 'assistant', content: text.length ? text.join('\n\n') : answered.length ? null : '' };
      if (thought !== undefined) step.reasoning_content = thought;
      if (answered.length) {
        step.tool_calls = answered.map((call) => ({
          id: call.toolCallId,
          type: 'function',
          function: { name: call.toolName, arguments: call.input === undefined ? call.inputText || '{}' : JSON.stringify(call.input) },
        }));
      }
      out.push(step);
      for (const call of answered) out.push({ role: 'tool', tool_call_id: call.toolCallId, content: resultText(call)! });
      text = [];
      reasoning = [];
      calls = [];
    };
    for (const part of messageParts(message)) {
      // Text after a tool call starts the next step: the model wrote it having seen the result.
      if ((part.type === 'text' || part.type === 'reasoning') && calls.length) flush();
      if (part.type === 'text' && part.text) text.push(part.text);
      else if (part.type === 'reasoning' && part.text) reasoning.push(part.text);
      else if (part.type === 'tool-call') calls.push(part);
    }
    flush();
  }
  return out;
}
