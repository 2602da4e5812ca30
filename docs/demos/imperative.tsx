/**
 * title: Imperative API
 * description: "`useProChat()` inside a `ProChatProvider` (or `chatRef`) drives the chat from outside: send, stop, clear, and push a server message, whole or streamed, without a user turn."
 */
import { Button, Space } from 'antd';
import { openAIStream, ProChat, ProChatProvider, useProChat } from 'pro-chat-next';
import { createMockModel } from 'pro-chat-next/mock';

import { demoRequest } from './_model';

const request = demoRequest({ reply: 'Sent from outside the chat.' });
const server = createMockModel({ reply: 'A notification streamed from the server, with no question asked.' });

const Controls = () => {
  const chat = useProChat();
  return (
    <Space wrap>
      <Button onClick={() => chat.sendMessage('Hello from a button')}>sendMessage</Button>
      <Button onClick={() => chat.pushChat({ role: 'assistant', content: 'Pushed whole.' })}>pushChat (whole)</Button>
      <Button
        onClick={async () =>
          chat.pushChat({ role: 'assistant', content: new Response(openAIStream(await server('/push', { method: 'POST' }))) })
        }
      >
        pushChat (streamed)
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
