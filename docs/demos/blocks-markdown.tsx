/**
 * title: Safe markdown
 * description: "GFM (tables, task lists, strikethrough) is on. Raw HTML shows as text unless `allowHtml`, and then it is sanitized; `javascript:` and `data:` links lose their URL either way."
 */
import { Switch } from 'antd';
import { Markdown } from 'pro-chat-next';
import { useState } from 'react';

import { t } from './_locale';
import { markdownReply } from './_model';

const extra = () =>
  [
    '',
    t('## Links and HTML', '## 链接与 HTML'),
    '',
    t('- [a safe link](https://example.com)', '- [一个安全的链接](https://example.com)'),
    t(
      '- [a javascript: link](javascript:alert(1)) keeps its text, not its URL',
      '- [一个 javascript: 链接](javascript:alert(1)) 保留文字，去掉 URL',
    ),
    t('- ~~struck~~ text', '- ~~删除线~~文字'),
    t('- [x] a finished task', '- [x] 已完成的任务'),
    t('- [ ] an open task', '- [ ] 未完成的任务'),
    '',
    t('Raw HTML: <b>bold?</b> <img src=x onerror=alert(1)>', '原始 HTML：<b>加粗？</b> <img src=x onerror=alert(1)>'),
  ].join('\n');

export default () => {
  const [allowHtml, setAllowHtml] = useState(false);
  return (
    <div>
      <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
        <Switch size="small" checked={allowHtml} onChange={setAllowHtml} /> allowHtml
      </label>
      <Markdown allowHtml={allowHtml}>{markdownReply() + '\n' + extra()}</Markdown>
    </div>
  );
};
