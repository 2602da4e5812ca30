/**
 * title: Math
 * description: "`$…$`, `$$…$$`, `\\(…\\)`, `\\[…\\]` and fenced `math` blocks render with KaTeX, which loads with its stylesheet when the first formula appears. A formula still arriving shows as plain text until it closes; dollar amounts stay text. Turn it off with `markdownProps={{ math: false }}`."
 */
import { Switch } from 'antd';
import { ProChat } from 'pro-chat-next';
import { useState } from 'react';

import { t } from './_locale';
import { demoRequest, mathReply } from './_model';

const request = demoRequest({ reply: () => mathReply(), tokensPerSecond: 60 });

export default () => {
  const [math, setMath] = useState(true);
  return (
    <div>
      <label style={{ display: 'inline-flex', gap: 8, marginBottom: 8 }}>
        <Switch size="small" checked={math} onChange={setMath} /> {t('Render math', '渲染公式')}
      </label>
      <div style={{ height: 480 }}>
        <ProChat
          request={request}
          markdownProps={{ math }}
          helloMessage={t('Send anything: the mock model answers with formulas.', '随便发点什么：模拟模型会用公式来回答。')}
        />
      </div>
    </div>
  );
};
