/**
 * title: A streaming chat
 * description: The reply comes from the built-in mock model as real OpenAI-style SSE, read with `openAIStream`. Type a message and press Enter; press Stop to keep the partial reply.
 */
import { openAIStream, ProChat } from 'pro-chat-next';
import { createMockModel } from 'pro-chat-next/mock';

// 20 tokens a second: slow enough to read along and press Stop halfway.
const fetchModel = createMockModel({
  tokensPerSecond: 20,
  reply: (messages) =>
    [
      `You said **${messages.at(-1)?.content}**. Here is how this reply reaches you:`,
      '',
      '1. The model writes it token by token, as server-sent events.',
      '2. `openAIStream` turns the events into plain text.',
      '3. ProChat shows each piece as it arrives, rendered as markdown.',
      '4. Stop keeps whatever has arrived so far.',
      '',
      '```ts',
      "const reply = await fetch('/v1/chat/completions', { signal });",
      '```',
    ].join('\n'),
});

export default () => (
  <div style={{ height: 420 }}>
    <ProChat
      helloMessage="Hi! Ask me anything."
      request={async (messages, { signal }) => {
        const response = await fetchModel('/v1/chat/completions', {
          method: 'POST',
          body: JSON.stringify({ messages: messages.map(({ role, content }) => ({ role, content })), stream: true }),
          signal,
        });
        return new Response(openAIStream(response));
      }}
    />
  </div>
);
