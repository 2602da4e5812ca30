/**
 * title: Input area
 * description: "`inputAreaProps` reaches the textarea (controlled here, with a prompt template button); `actions` changes the bar above it; `sendButtonRender` and `inputAreaRender` replace parts."
 */
import { Button } from 'antd';
import { useState } from 'react';
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({ reply: (m) => t(`You sent: ${m.at(-1)?.content}`, `你发送了：${m.at(-1)?.content}`) });

export default () => {
  const [value, setValue] = useState('');
  return (
    <div style={{ height: 360 }}>
      <ProChat
        request={request}
        inputAreaProps={{ value, onChange: setValue, maxLength: 500 }}
        actions={{
          render: (defaults) => [
            <Button
              key="tpl"
              size="small"
              onClick={() => setValue(t('Summarise this in three bullet points: ', '用三个要点总结以下内容：'))}
            >
              {t('Use a template', '使用模板')}
            </Button>,
            ...defaults,
          ],
        }}
        sendButtonRender={(dom) => <span title={t('Enter also sends', '按 Enter 也能发送')}>{dom}</span>}
      />
    </div>
  );
};
