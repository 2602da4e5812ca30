/**
 * title: Model config (pro-chat's `config`)
 * description: "`systemRole` goes first as a system message, `historyCount` with `enableHistoryCount` limits what is sent, and `inputTemplate` wraps each user message (`{{text}}`). The mock model answers with what it received, so you can see it; change the settings and send again: they apply to the next request."
 */
import { Input, InputNumber, Space, Switch } from 'antd';
import { useState } from 'react';
import { ProChat, type ModelConfig } from 'pro-chat-next';
import { createMockRequest } from 'pro-chat-next/mock';

import { t } from './_locale';

const request = createMockRequest({
  tokensPerSecond: 120,
  reply: (messages) =>
    [
      t('The request carried these messages:', '这次请求带上了这些消息：'),
      '',
      ...messages.map((m) => `- **${m.role}**: ${m.content}`),
    ].join('\n'),
});

export default () => {
  const [systemRole, setSystemRole] = useState(() => t('You answer in one sentence.', '你只用一句话回答。'));
  const [template, setTemplate] = useState(() => t('Question: {{text}}', '问题：{{text}}'));
  const [limit, setLimit] = useState(true);
  const [count, setCount] = useState(3);
  const config: ModelConfig = {
    model: 'mock-gpt',
    params: { temperature: 0.2 },
    systemRole,
    inputTemplate: template,
    enableHistoryCount: limit,
    historyCount: count,
  };
  const field = { display: 'flex', flexDirection: 'column', gap: 4, flex: '1 1 240px', minWidth: 0 } as const;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12, width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
        <label style={field}>
          systemRole
          <Input value={systemRole} onChange={(e) => setSystemRole(e.target.value)} />
        </label>
        <label style={field}>
          inputTemplate
          <Input value={template} onChange={(e) => setTemplate(e.target.value)} />
        </label>
        <Space>
          <Switch checked={limit} onChange={setLimit} aria-label="enableHistoryCount" /> historyCount
          <InputNumber min={1} max={20} value={count} onChange={(v) => setCount(v ?? 1)} aria-label="historyCount" />
        </Space>
      </div>
      <div style={{ height: 380 }}>
        <ProChat
          request={request}
          config={config}
          helloMessage={t('Send two or three messages and watch what the model receives.', '发送两三条消息，看看模型收到了什么。')}
        />
      </div>
    </div>
  );
};
