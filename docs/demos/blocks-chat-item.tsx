/**
 * title: Messages from props
 * description: "`ChatItem` shows one message: avatar, optional title and time, markdown, its state (waiting, stopped, failed) and the actions you give it. No store: everything comes from props."
 */
import { CopyButton, ChatItem, createMessage } from 'pro-chat-next';

const t = Date.UTC(2025, 0, 1, 9, 30);

const question = createMessage({ id: 'q', role: 'user', content: 'How do I list files in a folder with Node?', createdAt: t });
const answer = createMessage({
  id: 'a',
  role: 'assistant',
  createdAt: t + 60_000,
  content: "Use `readdir` from `node:fs/promises`:\n\n```js\nconst names = await readdir('./src');\n```",
});
const waiting = createMessage({ id: 'w', role: 'assistant', content: '', status: 'pending' });
const stopped = createMessage({ id: 's', role: 'assistant', content: 'This reply was stopped half', status: 'aborted' });
const failed = createMessage({
  id: 'f',
  role: 'assistant',
  content: '',
  status: 'error',
  error: { message: 'The model is overloaded (503).', status: 503 },
});

export default () => (
  <div>
    <ChatItem message={question} meta={{ avatar: '🙂', title: 'Ada' }} showTitle />
    <ChatItem
      message={answer}
      meta={{ avatar: '🤖', title: 'Helper', backgroundColor: '#e6f4ff' }}
      showTitle
      actions={<CopyButton content={answer.content} />}
    />
    <ChatItem message={waiting} meta={{ avatar: '🤖' }} />
    <ChatItem message={stopped} meta={{ avatar: '🤖' }} />
    <ChatItem message={failed} meta={{ avatar: '🤖' }} onRetry={(id) => alert(`retry ${id}`)} onDelete={(id) => alert(`delete ${id}`)} />
    <ChatItem message={answer} meta={{ avatar: '🤖', title: 'Helper' }} displayMode="docs" />
  </div>
);
