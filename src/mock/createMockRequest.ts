import { openAIStream } from '../adapters/openAIStream';
import type { ChatRequest } from '../core/request';
import { toOpenAIMessages } from '../adapters/toOpenAIMessages';
import { createMockModel, type MockModelOptions } from './createMockModel';

/**
 * A ready `request` for ProChat backed by `createMockModel`: it posts the conversation to the
 * mock model and reads its SSE with `openAIStream`, exactly like a real OpenAI-compatible call
 * (with `reasoning` on, so a scripted `reasoning` streams as a `<think>` block first).
 */
export function createMockRequest(options: MockModelOptions = {}): ChatRequest {
  const fetchModel = createMockModel(options);
  return async (messages, { signal }) => {
    const response = await fetchModel('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: options.model ?? 'mock-gpt', stream: true, messages: toOpenAIMessages(messages) }),
      signal,
    });
    return new Response(openAIStream(response, { reasoning: true }));
  };
}
