/**
 * `pro-chat-next/server`: what a route handler, an edge function or a worker uses. Nothing here
 * imports React, antd or touches `window`; the main entry exports the same names.
 */

/** Adapters: server-sent events from model APIs to plain text streams. */
export {
  sseTextStream,
  sseHandlerStream,
  type SSEEvent,
  type SSEEventSink,
  type SSEHandler,
  type SSETextStreamOptions,
} from './adapters/sseTextStream';
export { openAIStream, type OpenAIStreamOptions } from './adapters/openAIStream';
export { qwenStream, type QwenStreamOptions } from './adapters/qwenStream';
export { StreamingTextResponse } from './adapters/StreamingTextResponse';
export { urlRequest, type UrlRequestOptions } from './adapters/urlRequest';

/** The request contract and the payload helpers. */
export {
  classifyResult,
  isReplyWithFields,
  type ClassifiedResult,
  type ChatRequest,
  type ChatRequestOptions,
  type ChatRequestResult,
  type ChatReplyWithFields,
} from './core/request';
export {
  DEFAULT_MODEL_CONFIG,
  applyInputTemplate,
  buildRequestMessages,
  buildPayload,
  type ModelConfig,
  type ModelParams,
  type ModelPayload,
} from './core/modelConfig';
export { readReply, readTextDeltas, type ReplyChunk } from './core/readReply';
export { fromUIMessageStream, toUIMessageStreamResponse } from './adapters/uiMessageStream';
export { fromOpenAI, mapOpenAIFinishReason, type FromOpenAIOptions, type OpenAISource } from './adapters/fromOpenAI';
export { fromAnthropic, mapAnthropicStopReason } from './adapters/fromAnthropic';
export { isUIMessageStream, UI_MESSAGE_STREAM_HEADER } from './core/uiMessageStream';
export { createReplyBuilder, type ReplyBuilder, type ReplySnapshot } from './core/replyBuilder';
export {
  isChatStreamPart,
  type ChatStreamPart,
  type DataPart,
  type FilePart,
  type FinishReason,
  type MessagePart,
  type MessageUsage,
  type ReasoningPart,
  type SourceUrlPart,
  type TextPart,
  type ToolCallPart,
  type ToolCallState,
} from './core/parts';
export { splitThinking, withoutThinking, type ThinkingParts } from './core/thinking';

/** Messages and errors. */
export {
  createMessage,
  createMessageId,
  hasRichParts,
  messageParts,
  normalizeMessages,
  type ChatMessage,
  type StoredChatMessage,
  type ChatMessageMap,
  type ChatMessageStatus,
  type ChatRole,
} from './core/message';
export { ProChatError, errorFromResponse, type ChatMessageErrorInfo, type ChatMessageError } from './core/errors';
