/**
 * title: Dark mode
 * description: ProChat uses antd tokens, so ConfigProvider's dark algorithm themes it; code colours switch to a dark palette and formulas follow the text colour.
 */
import { ConfigProvider, theme } from 'antd';
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest, markdownReply } from './_model';

const reply = () =>
  `${markdownReply()}\n\n${t('And a formula:', '再来一个公式：')} $$\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}$$`;

const request = demoRequest({ reply, tokensPerSecond: 150 });

export default () => (
  <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
    <div style={{ height: 420, background: '#141414' }}>
      <ProChat
        request={request}
        initialChats={[
          { id: 'q', role: 'user', content: t('Show me some markdown', '给我看点 Markdown'), createdAt: 1, updatedAt: 1, status: 'done' },
          { id: 'a', role: 'assistant', content: reply(), parentId: 'q', createdAt: 2, updatedAt: 2, status: 'done' },
        ]}
      />
    </div>
  </ConfigProvider>
);
