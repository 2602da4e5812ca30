/**
 * title: A message list on its own
 * description: "`ChatList` reads the messages from the nearest `ProChatProvider` (here seeded with `initialChats`) and runs copy, edit, regenerate and delete on that store. The buttons drive the same store through `useProChat()`; the reply streams from the mock model."
 */
import { Button, Space } from 'antd';
import { ChatList, createMessage, ProChatProvider, useProChat } from 'pro-chat-next';

import { demoRequest, MARKDOWN_REPLY } from './_model';

const request = demoRequest({ reply: MARKDOWN_REPLY });

const initialChats = [
  createMessage({ id: 'u1', role: 'user', content: 'What can the list show?' }),
  createMessage({
    id: 'a1',
    role: 'assistant',
    parentId: 'u1',
    content: 'Markdown replies, your own messages on the right, and actions on hover. Press **Ask** to stream one more.',
  }),
];

const Controls = () => {
  const chat = useProChat();
  return (
    <Space>
      <Button type="primary" onClick={() => chat.sendMessage('Show me the markdown tour')}>
        Ask
      </Button>
      <Button onClick={() => chat.stopGenerating()}>Stop</Button>
    </Space>
  );
};

export default () => (
  <ProChatProvider request={request} initialChats={initialChats}>
    <Controls />
    <div
      style={{
        height: 360,
        marginTop: 8,
        display: 'flex',
        flexDirection: 'column',
        border: '1px solid rgba(5, 5, 5, 0.06)',
        borderRadius: 8,
      }}
    >
      <ChatList assistantMeta={{ avatar: '🤖', title: 'Assistant' }} userMeta={{ avatar: '🙂' }} />
    </div>
  </ProChatProvider>
);
