/**
 * title: Copy to the clipboard
 * description: "Click: the text is copied (with a fallback where the Clipboard API is missing) and the icon and label turn to “Copied” for a moment. `content` can be a function, read at click time."
 */
import { Input, Space } from 'antd';
import { CopyButton } from 'pro-chat-next';
import { useState } from 'react';

import { t } from './_locale';

export default () => {
  const [text, setText] = useState('npm install pro-chat-next');
  const [count, setCount] = useState(0);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Space>
        <Input
          value={text}
          onChange={(event) => setText(event.target.value)}
          style={{ width: 280 }}
          aria-label={t('Text to copy', '要复制的文字')}
        />
        <CopyButton content={() => text} size="middle" onCopied={() => setCount((n) => n + 1)} />
      </Space>
      <span>{t(`Copied ${count} times`, `已复制 ${count} 次`)}</span>
    </div>
  );
};
