// The conversation list bench page: mounts a list of N conversations, as <Conversations> on a
// manager whose storage lists them (ours), or as plain DOM with the same titles (floor).
import { Conversations, createConversations, type ConversationMeta, type ConversationStorage } from 'pro-chat-next/conversations';
import { Button } from 'antd';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __conversationsBench?: { mount(app: 'ours' | 'floor', n: number): Promise<{ firstMs: number; ms: number; loads: number }> };
  }
}

const HOUR = 3_600_000;

function makeList(n: number): ConversationMeta[] {
  const now = Date.now();
  // One an hour: 1,000 reach back 41 days, so every date group shows.
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    title: `Conversation ${i}: a question about topic ${i % 37}`,
    createdAt: now - i * HOUR,
    updatedAt: now - i * HOUR,
  }));
}

/** Resolves after the frame that first shows `text` has been painted. */
function painted(container: HTMLElement, text: string): Promise<number> {
  return new Promise((resolve) => {
    const frame = () => {
      if (!(container.textContent ?? '').includes(text)) return void requestAnimationFrame(frame);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  });
}

function floor(container: HTMLElement, list: ConversationMeta[]) {
  const nav = document.createElement('nav');
  const ul = document.createElement('ul');
  for (const meta of list) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = meta.title;
    li.append(button);
    ul.append(li);
  }
  nav.append(ul);
  container.append(nav);
}

window.__conversationsBench = {
  async mount(app, n) {
    const container = document.getElementById('root')!;
    const list = makeList(n);
    const loads: string[] = [];
    const storage: ConversationStorage = {
      listConversations: () => list,
      conversation: (id) => ({
        load: () => void loads.push(id),
        save: () => undefined,
        clear: () => undefined,
      }),
    };
    // An app that shows this list already uses antd (ProChat does): antd's own styles for Button
    // are made before the timed mount, for both sides.
    const warm = document.createElement('div');
    document.body.append(warm);
    const warmRoot = createRoot(warm);
    flushSync(() => warmRoot.render(<Button>warm</Button>));
    warmRoot.unmount();
    warm.remove();
    const start = performance.now();
    if (app === 'floor') floor(container, list);
    else createRoot(container).render(<Conversations conversations={createConversations({ storage })} />);
    const [first, end] = await Promise.all([painted(container, list[0].title), painted(container, list[n - 1].title)]);
    return { firstMs: first - start, ms: end - start, loads: loads.length };
  },
};
