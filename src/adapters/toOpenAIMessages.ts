import { isModelRole, type StoredChatMessage } from '../core/message';
import { replySteps, toolResultText } from './replySteps';

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

/**
 * A conversation as OpenAI chat messages: user, system and developer messages as `{ role, content }`;
 * an assistant reply made of parts as one assistant message per step (its text, and the tool calls
 * it made as `tool_calls` with their arguments as JSON), each followed by a `tool` message per
 * result (an error's text when the tool failed; `The user denied this tool call.` and the user's
 * reason when they refused it). A step ends at a `step-start` part, and where text follows a tool
 * call. Tool calls that have no result yet (arguments streaming or complete, awaiting approval,
 * running) are left out: OpenAI rejects a call that is not answered. DashScope's native API reads
 * the same shape. Reasoning, sources, files and data parts are not sent (reasoning with
 * `{ reasoning: true }`); messages with roles no model reads are skipped.
 */
export function toOpenAIMessages(messages: readonly StoredChatMessage[], options: ToOpenAIMessagesOptions = {}): OpenAIChatMessage[] {
  const out: OpenAIChatMessage[] = [];
  for (const message of messages) {
    if (!isModelRole(message.role)) continue;
    if (message.role !== 'assistant') {
      out.push({ role: message.role, content: message.content });
      continue;
    }
    if (!message.parts) {
      out.push({ role: 'assistant', content: message.content });
      continue;
    }
    for (const { text, reasoning, calls } of replySteps(message)) {
      const thought = options.reasoning && reasoning.length ? reasoning.join('\n\n') : undefined;
      if (!text.length && !calls.length && thought === undefined) continue;
      const step: OpenAIChatMessage = { role: 'assistant', content: text.length ? text.join('\n\n') : calls.length ? null : '' };
      if (thought !== undefined) step.reasoning_content = thought;
      if (calls.length) {
        step.tool_calls = calls.map((call) => ({
          id: call.toolCallId,
          type: 'function',
          function: { name: call.toolName, arguments: call.input === undefined ? call.inputText || '{}' : JSON.stringify(call.input) },
        }));
      }
      out.push(step);
      for (const call of calls) out.push({ role: 'tool', tool_call_id: call.toolCallId, content: toolResultText(call)! });
    }
  }
  return out;
}
