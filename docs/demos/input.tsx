/**
 * title: Input area
 * description: "`inputAreaProps` reaches the textarea (controlled here, with a prompt template button); `actions` changes the bar above it; `sendButtonRender` and `inputAreaRender` replace parts."
 */
import { Button } from 'antd';
import { useState } from 'react';
import { ProChat } from 'pro-chat-next';

import { demoRequest } from './_model';

const request = demoRequest({ reply: (m) => `You sent: ${m.at(-1)?.content}` });

export default () => {
  const [value, setValue] = useState('');
  return (
    <div style={{ height: 360 }}>
      <ProChat
        request={request}
        inputAreaProps={{ value, onChange: setValue, maxLength: 500 }}
        actions={{
          render: (defaults) => [
            <Button key="tpl" size="small" onClick={() => setValue('Summarise this in three bullet points: ')}>
              Use a template
            </Button>,
            ...defaults,
          ],
        }}
        sendButtonRender={(dom) => <span title="Enter also sends">{dom}</span>}
      />
    </div>
  );
};
