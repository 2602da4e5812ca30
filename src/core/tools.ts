/** A tool the model may call, as it is described to the model. */
export interface ChatToolDefinition {
  /** What the tool does and when to use it, for the model. */
  description?: string;
  /**
   * The tool's input, as JSON Schema.
   * @default { type: 'object', properties: {} }
   */
  parameters?: Record<string, unknown>;
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
