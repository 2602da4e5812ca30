/**
 * title: Chat or document layout
 * description: "`displayMode=\"docs\"` lays messages out as a document column instead of bubbles; it can change at any time."
 */
import { Segmented } from 'antd';
import { useState } from 'react';
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest, markdownReply } from './_model';

const request = demoRequest({ reply: () => markdownReply(), tokensPerSecond: 120 });

export default () => {
  const [mode, setMode] = useState<'chat' | 'docs'>('docs');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Segmented value={mode} onChange={(v) => setMode(v as 'chat' | 'docs')} options={['chat', 'docs']} />
      <div style={{ height: 420 }}>
        <ProChat
          displayMode={mode}
          request={request}
          helloMessage={t('Ask anything to see a formatted answer.', '随便问点什么，看看排版后的回答。')}
        />
      </div>
    </div>
  );
};
