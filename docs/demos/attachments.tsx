/**
 * title: Attach images and files
 * description: "`attachments` adds the paperclip: pick files, paste a screenshot into the box or drop files onto the chat. Images are downscaled to 1,568 px and travel in the message; the mock model answers with what it received (name, type, size). Switch to *Upload* for an `upload` function with a progress bar and Cancel: a file named `fail…` fails once, so you can see Retry. Files over 5 MB, of another type, or a fifth file are refused with the rule they broke. The chat is kept with `indexedDBAdapter`: reload the page and the images are still there."
 */
import { Segmented } from 'antd';
import { indexedDBAdapter, ProChat, type AttachmentOptions } from 'pro-chat-next';
import { describeFiles } from 'pro-chat-next/mock';
import { useMemo, useState } from 'react';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest(
  {
    reply: (messages) => {
      const last = messages.at(-1);
      if (!last?.files?.length) return t('Attach an image or a file and ask about it.', '添加一张图片或一个文件，然后问问它。');
      const question = last.content ? t(` You asked: “${last.content}”.`, ` 你的问题是：“${last.content}”。`) : '';
      return `${describeFiles(last.files)}${question}`;
    },
    tokensPerSecond: 40,
  },
  { live: false },
);

const rules: AttachmentOptions = {
  accept: ['image/*', '.txt', '.md', '.json', '.csv', '.pdf'],
  maxFiles: 4,
  maxSize: 5 * 1024 * 1024,
};

const failedOnce = new Set<string>();

// Images are too large for localStorage: this chat is kept in IndexedDB, files and all.
const storage = indexedDBAdapter('docs-attachments-demo');

/** Stands for your upload endpoint: reports progress for a second, then gives the file a URL. */
const upload: AttachmentOptions['upload'] = (file, { signal, onProgress }) =>
  new Promise((resolve, reject) => {
    let done = 0;
    const timer = setInterval(() => {
      done += 0.1;
      onProgress(done);
      if (done < 1) return;
      clearInterval(timer);
      if (file.name.startsWith('fail') && !failedOnce.has(file.name)) {
        failedOnce.add(file.name);
        reject(new Error(t('The server answered 503. Try again.', '服务器返回 503，请重试。')));
        return;
      }
      // A real upload resolves to where the file is now; the demo keeps it in the page.
      const reader = new FileReader();
      reader.onload = () => resolve({ url: String(reader.result), mediaType: file.type, filename: file.name });
      reader.readAsDataURL(file);
    }, 100);
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      reject(signal.reason);
    });
  });

export default () => {
  const [mode, setMode] = useState<'inline' | 'upload'>('inline');
  const attachments = useMemo(() => (mode === 'upload' ? { ...rules, upload } : rules), [mode]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Segmented
        value={mode}
        onChange={(value) => setMode(value as 'inline' | 'upload')}
        options={[
          { value: 'inline', label: t('In the message', '放在消息里') },
          { value: 'upload', label: t('Upload', '上传') },
        ]}
      />
      <div style={{ height: 420 }}>
        <ProChat attachments={attachments} storage={storage} request={request} placeholder={t('Ask about a file…', '问问文件的内容…')} />
      </div>
    </div>
  );
};
