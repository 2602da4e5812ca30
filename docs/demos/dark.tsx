/**
 * title: Dark mode
 * description: ProChat uses antd tokens, so ConfigProvider's dark algorithm themes it.
 */
import { ConfigProvider, theme } from 'antd';
import { ProChat } from 'pro-chat-next';

import { demoRequest, MARKDOWN_REPLY } from './_model';

const request = demoRequest({ reply: MARKDOWN_REPLY, tokensPerSecond: 150 });

export default () => (
  <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
    <div style={{ height: 420, background: '#141414' }}>
      <ProChat
        request={request}
        initialChats={[
          { id: 'q', role: 'user', content: 'Show me some markdown', createdAt: 1, updatedAt: 1, status: 'done' },
          { id: 'a', role: 'assistant', content: MARKDOWN_REPLY, parentId: 'q', createdAt: 2, updatedAt: 2, status: 'done' },
        ]}
      />
    </div>
  </ConfigProvider>
);
