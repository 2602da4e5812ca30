/**
 * title: Model config (pro-chat's `config`)
 * description: "`systemRole` goes first as a system message, `historyCount` with `enableHistoryCount` limits what is sent, and `inputTemplate` wraps each user message (`{{text}}`). The mock model answers with what it received, so you can see it; change the settings and send again: they apply to the next request."
 */
import { InputNumber, Input, Space, Switch } from 'antd';
import { useState } from 'react';
import { ProChat, type ModelConfig } from 'pro-chat-next';
import { createMockRequest } from 'pro-chat-next/mock';

const request = createMockRequest({
  tokensPerSecond: 120,
  reply: (messages) => ['The request carried these messages:', '', ...messages.map((m) => `- **${m.role}**: ${m.content}`)].join('\n'),
});

export default () => {
  const [systemRole, setSystemRole] = useState('You answer in one sentence.');
  const [template, setTemplate] = useState('Question: {{text}}');
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
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input addonBefore="systemRole" value={systemRole} onChange={(e) => setSystemRole(e.target.value)} style={{ width: 320 }} />
        <Input addonBefore="inputTemplate" value={template} onChange={(e) => setTemplate(e.target.value)} style={{ width: 280 }} />
        <Space>
          <Switch checked={limit} onChange={setLimit} aria-label="enableHistoryCount" /> historyCount
          <InputNumber min={1} max={20} value={count} onChange={(v) => setCount(v ?? 1)} aria-label="historyCount" />
        </Space>
      </Space>
      <div style={{ height: 380 }}>
        <ProChat request={request} config={config} helloMessage="Send two or three messages and watch what the model receives." />
      </div>
    </Space>
  );
};
