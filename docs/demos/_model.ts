/**
 * The `request` the demos use. It stands for your own request function: with a live endpoint
 * configured for the dev server (see the "Live mode" section of the quick start) it calls that
 * model through the proxy; otherwise it uses the built-in mock model.
 */
import { createMockRequest, openAIStream, type ChatRequest, type MockModelOptions } from 'pro-chat-next';

const LIVE_MODEL: string = process.env.PRO_CHAT_LIVE_MODEL ?? '';

export const isLive = LIVE_MODEL !== '';

export function demoRequest(mock: MockModelOptions = {}, options: { live?: boolean } = {}): ChatRequest {
  if (isLive && options.live !== false) {
    return async (messages, { signal }) => {
      const response = await fetch('/api/live/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: LIVE_MODEL, stream: true, messages: messages.map(({ role, content }) => ({ role, content })) }),
        signal,
      });
      return new Response(openAIStream(response, { reasoning: true }));
    };
  }
  return createMockRequest(mock);
}

export const MARKDOWN_REPLY = [
  'Here is a short tour of what the renderer handles:',
  '',
  '## A list',
  '',
  '- **Bold**, *italic*, `inline code` and [a link](https://example.com)',
  '- Nested items:',
  '  1. first',
  '  2. second',
  '',
  '## A table',
  '',
  '| Model | Tokens/s | Notes |',
  '| --- | ---: | --- |',
  '| small | 180 | fast |',
  '| large | 45 | careful |',
  '',
  '## Code',
  '',
  '```ts',
  'export async function* countdown(n: number) {',
  '  while (n > 0) yield `${n--}…`;',
  '}',
  '```',
  '',
  '> Quotes work too.',
].join('\n');

export const LONG_REPLY = Array.from(
  { length: 14 },
  (_, i) =>
    `### Part ${i + 1}\n\nStreaming keeps the reader busy while the model works. This is paragraph ${i + 1} of a long answer; scroll up while it streams and the list stops following, scroll back down and it follows again.`,
).join('\n\n');
