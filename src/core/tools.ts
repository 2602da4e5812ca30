import type { StoredChatMessage } from './message';
import type { ToolCallPart } from './parts';

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
  /**
   * Ask the user first: the call shows Approve and Deny, and nothing runs until they choose. A
   * denied call is answered to the model as denied. A function decides per call, from its input.
   * @default false
   */
  needsApproval?: boolean | ((input: Record<string, unknown>) => boolean);
}

/** What `onToolCall` gets: the call (its input complete) and the same context `execute` gets. */
export interface ChatToolCallEvent extends ChatToolContext {
  toolCall: ToolCallPart;
}

/**
 * One handler for the calls no tool's `execute` answers (tools without it, and tools not in
 * `tools`). What it returns (or resolves to) is the call's output, and the reply goes on; a thrown
 * error becomes its `errorText`. Returning `undefined` leaves the call open, to be answered later
 * with `addToolResult` (a form the user fills in, say).
 */
export type ChatToolCallHandler = (event: ChatToolCallEvent) => unknown;

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
