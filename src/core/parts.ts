/**
 * What a reply is made of besides its text, in order of arrival: the message parts. Names and
 * fields follow the Vercel AI SDK's UI messages, so its users find what they know.
 */

/** The reply's text, or one step's text in a reply with several (text, a tool call, more text). */
export interface TextPart {
  type: 'text';
  text: string;
}

/** The model's reasoning, shown in the thinking panel. */
export interface ReasoningPart {
  type: 'reasoning';
  text: string;
}

/**
 * Where a tool call is: its arguments still arriving (`input-streaming`), complete
 * (`input-available`), waiting for the user to approve it (`awaiting-approval`), running in the
 * browser (`running`), answered (`output-available`), failed (`output-error`), or refused by the
 * user (`output-denied`).
 */
export type ToolCallState =
  'input-streaming' | 'input-available' | 'awaiting-approval' | 'running' | 'output-available' | 'output-error' | 'output-denied';

/** The user's decision on a call that needed approval. */
export interface ToolApproval {
  approved: boolean;
  /** Why, when the user said (sent to the model with a denial). */
  reason?: string;
}

/** A call the model made to a tool, with its arguments as they stream and the result once known. */
export interface ToolCallPart {
  type: 'tool-call';
  toolCallId: string;
  toolName: string;
  /** The parsed arguments once complete (`{}` for empty arguments); undefined while they stream. */
  input: unknown;
  /** The arguments' raw JSON text as it streams. */
  inputText: string;
  state: ToolCallState;
  output?: unknown;
  errorText?: string;
  /** Run by the provider or the server (not by the browser): shown, never executed here. */
  providerExecuted?: boolean;
  /** The user's decision, for a tool that needs approval. */
  approval?: ToolApproval;
}

/**
 * Where a step of a multi-step reply begins: the model was asked again with the results of the
 * tools it called. The first step has none.
 */
export interface StepStartPart {
  type: 'step-start';
}

/** A source the model cited. */
export interface SourceUrlPart {
  type: 'source-url';
  sourceId: string;
  url: string;
  title?: string;
}

/** A file the reply carries (a generated image, say): a URL or a data URL, and its media type. */
export interface FilePart {
  type: 'file';
  mediaType: string;
  url: string;
  filename?: string;
}

/** App data streamed with the reply (`data-weather`, `data-suggestions`); not shown by default. */
export interface DataPart {
  type: `data-${string}`;
  id?: string;
  data: unknown;
}

export type MessagePart = TextPart | ReasoningPart | ToolCallPart | StepStartPart | SourceUrlPart | FilePart | DataPart;

/** Token counts, named as the AI SDK names them; `outputTokens` includes reasoning tokens. */
export interface MessageUsage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  reasoningTokens?: number;
}

/** Why the model stopped. */
export type FinishReason = 'stop' | 'length' | 'tool-calls' | 'content-filter' | 'error' | 'other';

/**
 * One event of a reply streamed as parts: the Vercel AI SDK's UI message stream protocol (v1), so an
 * AI SDK backend's stream is read as is, plus `usage` on `finish`. A `request` may return a
 * `ReadableStream` or an async iterable of these; every provider reader produces them.
 */
export type ChatStreamPart =
  | { type: 'start'; messageId?: string; messageMetadata?: unknown }
  | { type: 'start-step' }
  | { type: 'finish-step' }
  | { type: 'text-start'; id: string }
  | { type: 'text-delta'; id: string; delta: string }
  | { type: 'text-end'; id: string }
  | { type: 'reasoning-start'; id: string }
  | { type: 'reasoning-delta'; id: string; delta: string }
  | { type: 'reasoning-end'; id: string }
  | { type: 'tool-input-start'; toolCallId: string; toolName: string; providerExecuted?: boolean }
  | { type: 'tool-input-delta'; toolCallId: string; inputTextDelta: string }
  | { type: 'tool-input-available'; toolCallId: string; toolName: string; input: unknown; providerExecuted?: boolean }
  | { type: 'tool-input-error'; toolCallId: string; toolName: string; input: unknown; errorText: string; providerExecuted?: boolean }
  | { type: 'tool-output-available'; toolCallId: string; output: unknown; providerExecuted?: boolean; preliminary?: boolean }
  | { type: 'tool-output-error'; toolCallId: string; errorText: string; providerExecuted?: boolean }
  | { type: 'source-url'; sourceId: string; url: string; title?: string }
  | { type: 'source-document'; sourceId: string; mediaType: string; title: string; filename?: string }
  | { type: 'file'; url: string; mediaType: string; filename?: string }
  | { type: `data-${string}`; id?: string; data: unknown; transient?: boolean }
  | { type: 'finish'; finishReason?: FinishReason; usage?: MessageUsage; messageMetadata?: unknown }
  | { type: 'message-metadata'; messageMetadata: unknown }
  | { type: 'abort'; reason?: string }
  | { type: 'error'; errorText: string };

/** Whether a value read from a stream is a part event (an object with a string `type`), not text. */
export function isChatStreamPart(value: unknown): value is ChatStreamPart {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
