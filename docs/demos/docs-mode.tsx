/**
 * title: Chat or document layout
 * description: "`displayMode=\"docs\"` lays messages out as a document column instead of bubbles; it can change at any time."
 */
import { Segmented } from 'antd';
import { useState } from 'react';
import { ProChat } from 'pro-chat-next';

import { demoRequest, MARKDOWN_REPLY } from './_model';

const request = demoRequest({ reply: MARKDOWN_REPLY, tokensPerSecond: 120 });

export default () => {
  const [mode, setMode] = useState<'chat' | 'docs'>('docs');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Segmented value={mode} onChange={(v) => setMode(v as 'chat' | 'docs')} options={['chat', 'docs']} />
      <div style={{ height: 420 }}>
        <ProChat displayMode={mode} request={request} helloMessage="Ask anything to see a formatted answer." />
      </div>
    </div>
  );
};
