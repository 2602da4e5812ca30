/**
 * title: Languages
 * description: English by default, Simplified Chinese included. Without `locale`, ProChat follows antd's ConfigProvider locale.
 */
import { ConfigProvider, Segmented } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { ProChat } from 'pro-chat-next';

import { demoRequest } from './_model';

const request = demoRequest({ reply: (m) => `你说：${m.at(-1)?.content}` });

export default () => {
  const [lang, setLang] = useState<'en' | 'zh'>('zh');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Segmented
        value={lang}
        onChange={(v) => setLang(v as 'en' | 'zh')}
        options={[
          { label: 'English', value: 'en' },
          { label: '中文', value: 'zh' },
        ]}
      />
      <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
        <div style={{ height: 320 }}>
          <ProChat request={request} helloMessage={lang === 'zh' ? '你好！' : 'Hello!'} />
        </div>
      </ConfigProvider>
    </div>
  );
};
