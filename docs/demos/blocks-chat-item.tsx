/**
 * title: Messages from props
 * description: "`ChatItem` shows one message: avatar, optional title and time, markdown, its state (waiting, stopped, failed) and the actions you give it. No store: everything comes from props."
 */
import { CopyButton, ChatItem, createMessage } from 'pro-chat-next';

import { t } from './_locale';

const time = Date.UTC(2025, 0, 1, 9, 30);

export default () => {
  const question = createMessage({
    id: 'q',
    role: 'user',
    content: t('How do I list files in a folder with Node?', '怎样用 Node 列出一个文件夹里的文件？'),
    createdAt: time,
  });
  const answer = createMessage({
    id: 'a',
    role: 'assistant',
    createdAt: time + 60_000,
    content: t(
      "Use `readdir` from `node:fs/promises`:\n\n```js\nconst names = await readdir('./src');\n```",
      "使用 `node:fs/promises` 中的 `readdir`：\n\n```js\nconst names = await readdir('./src');\n```",
    ),
  });
  const waiting = createMessage({ id: 'w', role: 'assistant', content: '', status: 'pending' });
  const stopped = createMessage({
    id: 's',
    role: 'assistant',
    content: t('This reply was stopped half', '这条回复写到一半就被'),
    status: 'aborted',
  });
  const failed = createMessage({
    id: 'f',
    role: 'assistant',
    content: '',
    status: 'error',
    error: { message: t('The model is overloaded (503).', '模型过载（503）。'), status: 503 },
  });
  const helper = t('Helper', '小助手');
  return (
    <div>
      <ChatItem message={question} meta={{ avatar: '🙂', title: 'Ada' }} showTitle />
      <ChatItem
        message={answer}
        meta={{ avatar: '🤖', title: helper, backgroundColor: '#e6f4ff' }}
        showTitle
        actions={<CopyButton content={answer.content} />}
      />
      <ChatItem message={waiting} meta={{ avatar: '🤖' }} />
      <ChatItem message={stopped} meta={{ avatar: '🤖' }} />
      <ChatItem
        message={failed}
        meta={{ avatar: '🤖' }}
        onRetry={(id) => alert(t(`retry ${id}`, `重试 ${id}`))}
        onDelete={(id) => alert(t(`delete ${id}`, `删除 ${id}`))}
      />
      <ChatItem message={answer} meta={{ avatar: '🤖', title: helper }} displayMode="docs" />
    </div>
  );
};
