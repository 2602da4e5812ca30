/**
 * title: Dark mode
 * description: ProChat uses antd tokens, so ConfigProvider's dark algorithm themes it; code colours switch to a dark palette and formulas follow the text colour.
 */
import { ConfigProvider, theme } from 'antd';
import { ProChat } from 'pro-chat-next';

import { demoRequest, MARKDOWN_REPLY } from './_model';

const REPLY = `${MARKDOWN_REPLY}\n\nAnd a formula: $$\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}$$`;

const request = demoRequest({ reply: REPLY, tokensPerSecond: 150 });

export default () => (
  <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
    <div style={{ height: 420, background: '#141414' }}>
      <ProChat
        request={request}
        initialChats={[
          { id: 'q', role: 'user', content: 'Show me some markdown', createdAt: 1, updatedAt: 1, status: 'done' },
          { id: 'a', role: 'assistant', content: REPLY, parentId: 'q', createdAt: 2, updatedAt: 2, status: 'done' },
        ]}
      />
    </div>
  </ConfigProvider>
);
