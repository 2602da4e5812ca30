/**
 * title: A streaming chat
 * description: The reply comes from the built-in mock model as real OpenAI-style SSE, read with `openAIStream`. Type a message and press Enter; press Stop to keep the partial reply.
 */
import { openAIStream, ProChat } from 'pro-chat-next';
import { createMockModel } from 'pro-chat-next/mock';

import { t } from './_locale';

// 20 tokens a second: slow enough to read along and press Stop halfway.
const fetchModel = createMockModel({
  tokensPerSecond: 20,
  reply: (messages) =>
    [
      t(
        `You said **${messages.at(-1)?.content}**. Here is how this reply reaches you:`,
        `你说的是 **${messages.at(-1)?.content}**。这条回复是这样送到你面前的：`,
      ),
      '',
      t('1. The model writes it token by token, as server-sent events.', '1. 模型以服务器发送事件（SSE）的形式，逐个 token 写出回复。'),
      t('2. `openAIStream` turns the events into plain text.', '2. `openAIStream` 把这些事件转换成纯文本。'),
      t('3. ProChat shows each piece as it arrives, rendered as markdown.', '3. ProChat 在每一段到达时立即显示，并渲染为 Markdown。'),
      t('4. Stop keeps whatever has arrived so far.', '4. 按“停止”会保留已经收到的内容。'),
      '',
      '```ts',
      "const reply = await fetch('/v1/chat/completions', { signal });",
      '```',
    ].join('\n'),
});

export default () => (
  <div style={{ height: 420 }}>
    <ProChat
      helloMessage={t('Hi! Ask me anything.', '你好！有什么问题尽管问我。')}
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
