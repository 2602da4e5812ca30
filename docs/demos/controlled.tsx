/**
 * title: Controlled messages
 * description: "With `chats` and `onChatsChange` the app owns the list (here shown as JSON). While a reply streams, `onChatsChange` fires at most once per frame."
 */
import { useState } from 'react';
import { ProChat, type ChatMessage } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({ reply: () => t('Every change reaches the app state.', '每一次变化都会同步到应用的状态里。') });

export default () => {
  const [chats, setChats] = useState<ChatMessage[]>([]);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: 12, height: 360 }}>
      <ProChat chats={chats} onChatsChange={setChats} request={request} />
      <pre style={{ overflow: 'auto', margin: 0, fontSize: 11 }}>
        {JSON.stringify(
          chats.map(({ role, content, status }) => ({ role, content, status })),
          null,
          1,
        )}
      </pre>
    </div>
  );
};
