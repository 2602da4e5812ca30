/**
 * title: Imperative API
 * description: "`useProChat()` inside a `ProChatProvider` (or `chatRef`) drives the chat from outside: send, stop, clear, and push a server message, whole or streamed, without a user turn."
 */
import { Button, Space } from 'antd';
import { openAIStream, ProChat, ProChatProvider, useProChat } from 'pro-chat-next';
import { createMockModel } from 'pro-chat-next/mock';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({ reply: () => t('Sent from outside the chat.', '这条消息是从对话外部发出的。') });
const server = createMockModel({
  reply: () => t('A notification streamed from the server, with no question asked.', '一条由服务器主动流式推送的通知，无需任何提问。'),
});

const Controls = () => {
  const chat = useProChat();
  return (
    <Space wrap>
      <Button onClick={() => chat.sendMessage(t('Hello from a button', '来自按钮的问候'))}>sendMessage</Button>
      <Button onClick={() => chat.pushChat({ role: 'assistant', content: t('Pushed whole.', '整条推送。') })}>
        {t('pushChat (whole)', 'pushChat（整条）')}
      </Button>
      <Button
        onClick={async () =>
          chat.pushChat({ role: 'assistant', content: new Response(openAIStream(await server('/push', { method: 'POST' }))) })
        }
      >
        {t('pushChat (streamed)', 'pushChat（流式）')}
      </Button>
      <Button onClick={() => chat.stopGenerating()}>stopGenerating</Button>
      <Button onClick={() => chat.clearMessages()}>clearMessages</Button>
      <Button
        onClick={() =>
          alert(
            JSON.stringify(
              chat.getChats().map((m) => m.content),
              null,
              1,
            ),
          )
        }
      >
        getChats
      </Button>
    </Space>
  );
};

export default () => (
  <ProChatProvider request={request}>
    <Controls />
    <div style={{ height: 340, marginTop: 8 }}>
      <ProChat />
    </div>
  </ProChatProvider>
);
