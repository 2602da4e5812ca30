/**
 * title: Many conversations
 * description: "`createConversations` keeps the list and one chat per conversation; `<Conversations>` shows the list and `<ProChat conversations>` the open one. Ask for something long, then start a New chat while it answers: the spinner says the first reply is still streaming, and it is complete when you go back. Rename with F2 or the pencil, delete with Delete or the bin. The list and the messages are kept in localStorage, so a reload brings them back. On a narrow screen the list opens in a drawer."
 */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid } from 'antd';
import { ProChat } from 'pro-chat-next';
import { Conversations, createConversations, localStorageConversations } from 'pro-chat-next/conversations';
import { useState } from 'react';

import { t } from './_locale';
import { demoRequest } from './_model';

// One manager for the page: conversations outlive the components that show them.
const conversations = createConversations({ storage: localStorageConversations({ prefix: 'docs-conversations:' }) });

const request = demoRequest({
  reply: (messages) => {
    const question = messages.at(-1)?.content ?? '';
    const sentences = Array.from({ length: /long|story|长|故事/i.test(question) ? 20 : 2 }, (_, i) =>
      t(`Sentence ${i + 1} about “${question}”.`, `关于“${question}”的第 ${i + 1} 句。`),
    );
    return sentences.join(' ');
  },
  tokensPerSecond: 40,
});

export default () => {
  const narrow = !Grid.useBreakpoint().md;
  const [open, setOpen] = useState(false);
  const list = <Conversations conversations={conversations} onSelect={() => setOpen(false)} />;
  return (
    <div style={{ display: 'flex', height: 480, border: '1px solid rgba(5, 5, 5, 0.06)', borderRadius: 8 }}>
      {narrow ? (
        <Drawer open={open} onClose={() => setOpen(false)} placement="left" width={280} styles={{ body: { padding: 0 } }}>
          {list}
        </Drawer>
      ) : (
        <div style={{ width: 240, borderInlineEnd: '1px solid rgba(5, 5, 5, 0.06)' }}>{list}</div>
      )}
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        {narrow && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('Conversations', '对话列表')}
            onClick={() => setOpen(true)}
            style={{ alignSelf: 'flex-start', margin: 4 }}
          />
        )}
        <div style={{ flex: 1, minHeight: 0 }}>
          <ProChat conversations={conversations} request={request} />
        </div>
      </div>
    </div>
  );
};
