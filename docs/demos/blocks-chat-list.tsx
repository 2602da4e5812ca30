/**
 * title: A message list on its own
 * description: "`ChatList` reads the messages from the nearest `ProChatProvider` (here seeded with `initialChats`) and runs copy, edit, regenerate and delete on that store. The buttons drive the same store through `useProChat()`; the reply streams from the mock model."
 */
import { Button, Space } from 'antd';
import { ChatList, createMessage, ProChatProvider, useProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest, markdownReply } from './_model';

const request = demoRequest({ reply: () => markdownReply() });

const initialChats = () => [
  createMessage({ id: 'u1', role: 'user', content: t('What can the list show?', '这个列表能显示什么？') }),
  createMessage({
    id: 'a1',
    role: 'assistant',
    parentId: 'u1',
    content: t(
      'Markdown replies, your own messages on the right, and actions on hover. Press **Ask** to stream one more.',
      'Markdown 回复、靠右显示的你自己的消息，以及悬停时出现的操作。按 **提问** 再流式生成一条。',
    ),
  }),
];

const Controls = () => {
  const chat = useProChat();
  return (
    <Space>
      <Button type="primary" onClick={() => chat.sendMessage(t('Show me the markdown tour', '带我看看 Markdown 能渲染什么'))}>
        {t('Ask', '提问')}
      </Button>
      <Button onClick={() => chat.stopGenerating()}>{t('Stop', '停止')}</Button>
    </Space>
  );
};

export default () => (
  <ProChatProvider request={request} initialChats={initialChats()}>
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
      <ChatList assistantMeta={{ avatar: '🤖', title: t('Assistant', '助手') }} userMeta={{ avatar: '🙂' }} />
    </div>
  </ProChatProvider>
);
