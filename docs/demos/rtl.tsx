/**
 * title: Right to left
 * description: Inside antd's `<ConfigProvider direction="rtl">` (or with `direction="rtl"`) the chat mirrors: the user's messages on the left, replies on the right, the Send button and Back to bottom on the left, text aligned to the right. The conversation here is in Hebrew.
 */
import { ConfigProvider } from 'antd';
import { ProChat, type ChatMessage } from 'pro-chat-next';

import { demoRequest } from './_model';

const request = demoRequest(
  { reply: (messages) => `קיבלתי: “${messages.at(-1)?.content}”. זו תשובה לדוגמה מהמודל המדומה.` },
  { live: false },
);

const initialChats: ChatMessage[] = [
  { id: 'q1', role: 'user', content: 'שלום! מה מזג האוויר בתל אביב?', createdAt: 1, updatedAt: 1 },
  {
    id: 'a1',
    role: 'assistant',
    content: 'שלום! היום **שמשי וחם**, בערך 28 מעלות.\n\n- בבוקר: נעים\n- בצהריים: חם\n- בערב: בריזה מהים',
    parentId: 'q1',
    createdAt: 2,
    updatedAt: 2,
  },
];

export default () => (
  <ConfigProvider direction="rtl">
    <div style={{ height: 420 }}>
      <ProChat initialChats={initialChats} request={request} placeholder="כתבו הודעה…" />
    </div>
  </ConfigProvider>
);
