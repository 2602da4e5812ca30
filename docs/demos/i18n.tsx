/**
 * title: Languages
 * description: English by default, Simplified Chinese included. Without `locale`, ProChat follows antd's ConfigProvider locale. German, like the other shipped locales, is fetched the first time a chat uses it.
 */
import { ConfigProvider, Segmented } from 'antd';
import deDE from 'antd/locale/de_DE';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { ProChat } from 'pro-chat-next';

import { demoRequest } from './_model';

const request = demoRequest({ reply: (m) => `> ${m.at(-1)?.content}` });

const languages = {
  en: { antd: enUS, hello: 'Hello!' },
  zh: { antd: zhCN, hello: '你好！' },
  de: { antd: deDE, hello: 'Hallo!' },
};

export default () => {
  const [lang, setLang] = useState<keyof typeof languages>('zh');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Segmented
        value={lang}
        onChange={(v) => setLang(v as keyof typeof languages)}
        options={[
          { label: 'English', value: 'en' },
          { label: '中文', value: 'zh' },
          { label: 'Deutsch', value: 'de' },
        ]}
      />
      <ConfigProvider locale={languages[lang].antd}>
        <div style={{ height: 320 }}>
          <ProChat request={request} helloMessage={languages[lang].hello} />
        </div>
      </ConfigProvider>
    </div>
  );
};
