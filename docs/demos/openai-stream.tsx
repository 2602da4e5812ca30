/**
 * title: openAIStream
 * description: The mock model answers with OpenAI-style SSE (several events per read, some split mid-event); `openAIStream` turns it into text.
 */
import { openAIStream, ProChat } from 'pro-chat-next';
import { createMockModel } from 'pro-chat-next/mock';

import { t } from './_locale';

const fetchModel = createMockModel({
  tokensPerSecond: 40,
  reply: () =>
    t(
      '| adapter | reads |\n| --- | --- |\n| `openAIStream` | `choices[0].delta.content` |\n| `qwenStream` | `output.text` |\n\nEvery chunk boundary is handled, even inside a 汉字.',
      '| 适配器 | 读取的字段 |\n| --- | --- |\n| `openAIStream` | `choices[0].delta.content` |\n| `qwenStream` | `output.text` |\n\n无论分块边界落在哪里都能正确处理，哪怕是在一个汉字的中间。',
    ),
});

export default () => (
  <div style={{ height: 380 }}>
    <ProChat
      request={async (messages, { signal }) =>
        new Response(
          openAIStream(
            await fetchModel('/v1/chat/completions', {
              method: 'POST',
              body: JSON.stringify({ messages: messages.map(({ role, content }) => ({ role, content })) }),
              signal,
            }),
          ),
        )
      }
    />
  </div>
);
