/**
 * `pro-chat-next/server`: what a route handler, an edge function or a worker uses: everything the
 * main entry has without React, plus the provider readers (`fromOpenAI`, `fromAnthropic`,
 * `fromGemini`, `fromOllama`, `fromQwen`, the UI message stream both ways). Nothing here imports React, antd or
 * touches `window`, so it works in a browser too: the readers stay out of the main entry's bundle
 * and load only where they are imported.
 */
export * from './shared';

/** Provider readers: a provider's stream to part events, and part events to an AI SDK UI message stream. */
export { fromUIMessageStream, toUIMessageStreamResponse } from './adapters/uiMessageStream';
export { fromOpenAI, mapOpenAIFinishReason, type FromOpenAIOptions, type OpenAISource } from './adapters/fromOpenAI';
export { fromAnthropic, mapAnthropicStopReason } from './adapters/fromAnthropic';
export { fromGemini, mapGeminiFinishReason } from './adapters/fromGemini';
export { fromOllama } from './adapters/fromOllama';
export { fromOpenAIResponses } from './adapters/fromOpenAIResponses';
export { fromQwen, type FromQwenOptions } from './adapters/fromQwen';

/** The chat as Anthropic's Messages API reads it (OpenAI's shape, `toOpenAIMessages`, is in every entry). */
export {
  toAnthropicMessages,
  type AnthropicContentBlock,
  type AnthropicMessage,
  type AnthropicSource,
  type ToAnthropicMessagesResult,
} from './adapters/toAnthropicMessages';
/** The chat as DashScope's native multimodal API (Qwen-VL, Qwen-Audio, Qwen-Omni) reads it. */
export { toQwenMessages, type QwenContentItem, type QwenMultimodalMessage } from './adapters/toQwenMessages';
