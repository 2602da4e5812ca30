import type { StoredChatMessage } from './message';

/** What a tool's `execute` gets besides its input. */
export interface ChatToolContext {
  /** Aborted when the user stops the reply. */
  signal: AbortSignal;
  /** The conversation as the model saw it when it made the call. */
  messages: readonly StoredChatMessage[];
  /** The id of this call. */
  toolCallId: string;
}

/** A tool the model may call: how it is described to the model, and how it runs in the browser. */
export interface ChatToolDefinition {
  /** What the tool does and when to use it, for the model. */
  description?: string;
  /**
   * The tool's input, as JSON Schema.
   * @default { type: 'object', properties: {} }
   */
  parameters?: Record<string, unknown>;
  /**
   * Runs the tool in the browser when the model calls it; what it returns (or resolves to) is the
   * call's output, sent back to the model, which then continues the same reply. A thrown error
   * becomes the call's `errorText` and is sent back too. Without `execute` a call is only shown.
   */
  execute?(input: Record<string, unknown>, context: ChatToolContext): unknown;
}

/** The tools of a chat, by name. */
export type ChatTools = Record<string, ChatToolDefinition>;

/** A tool in OpenAI's chat completions `tools` format. */
export interface OpenAIToolDefinition {
  type: 'function';
  function: { name: string; description?: string; parameters: Record<string, unknown> };
}

/** Tools in OpenAI's `tools` format, which most chat APIs also read. */
export function toOpenAITools(tools: ChatTools): OpenAIToolDefinition[] {
  return Object.entries(tools).map(([name, tool]) => ({
    type: 'function',
    function: {
      name,
      ...(tool.description ? { description: tool.description } : {}),
      parameters: tool.parameters ?? { type: 'object', properties: {} },
    },
  }));
}
