/**
 * Ant Design X 2.x: Bubble.List with @ant-design/x-markdown (XMarkdown, what X recommends for
 * markdown) as the assistant role's contentRender, React 19 and antd 6 from this folder's
 * node_modules. Streaming as in X's docs with plain state: the text is appended to the last
 * item's content as it arrives (status 'updating', XMarkdown streaming.hasNextChunk), then the
 * item is marked done. Plain JSX (not type-checked by the root tsconfig).
 */
import { Bubble } from '@ant-design/x';
import XMarkdown from '@ant-design/x-markdown';
import { Typography } from 'antd';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

import { installBench } from '../streaming/page';

let setItemsRef;
let root;

const role = {
  ai: {
    placement: 'start',
    // As X's Bubble.List demo renders markdown: XMarkdown inside antd Typography.
    contentRender: (content, info) => (
      <Typography>
        <XMarkdown content={content} streaming={{ hasNextChunk: info.status === 'updating' }} />
      </Typography>
    ),
  },
  user: { placement: 'end' },
};

function App({ history }) {
  const [items, setItems] = useState(() =>
    history.map((m) => ({ key: m.id, role: m.role === 'assistant' ? 'ai' : 'user', content: m.content, status: 'success' })),
  );
  setItemsRef = setItems;
  return (
    <div style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Bubble.List items={items} role={role} style={{ flex: 1, minHeight: 0 }} />
    </div>
  );
}

let counter = 0;

installBench('Ant Design X 2.x', {
  mount(container, history) {
    root?.unmount();
    root = createRoot(container);
    root.render(<App history={history} />);
  },
  send(io) {
    const setItems = setItemsRef;
    const key = `r${(counter += 1)}`;
    setItems((prev) => [
      ...prev,
      { key: `${key}-q`, role: 'user', content: io.question, status: 'success' },
      { key, role: 'ai', content: '', status: 'loading', loading: true, streaming: true },
    ]);
    void (async () => {
      const reader = io.text().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        setItems((prev) => {
          const last = prev[prev.length - 1];
          return [...prev.slice(0, -1), { ...last, content: last.content + value, status: 'updating', loading: false }];
        });
      }
      setItems((prev) => {
        const last = prev[prev.length - 1];
        return [...prev.slice(0, -1), { ...last, status: 'success', streaming: false }];
      });
    })();
  },
});
