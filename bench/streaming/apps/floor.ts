/**
 * The floor: the same text appended as one text node per block (split on blank lines), no
 * markdown, no framework. Whatever a chat UI does on top of this is its own cost.
 */
import { installBench, type BenchApp } from '../page';

function messageElement(list: HTMLElement, role: string): HTMLElement {
  const el = document.createElement('div');
  el.className = `msg ${role}`;
  list.appendChild(el);
  return el;
}

function appendBlocks(el: HTMLElement, text: string): void {
  for (const block of text.split('\n\n')) {
    const p = document.createElement('p');
    p.appendChild(document.createTextNode(block));
    el.appendChild(p);
  }
}

let list: HTMLElement;

const app: BenchApp = {
  mount(container, history) {
    container.textContent = '';
    list = document.createElement('div');
    list.className = 'list';
    container.appendChild(list);
    for (const m of history) appendBlocks(messageElement(list, m.role), m.content);
  },
  send(io) {
    appendBlocks(messageElement(list, 'user'), io.question);
    const reply = messageElement(list, 'assistant');
    let node = document.createTextNode('');
    reply.appendChild(document.createElement('p')).appendChild(node);
    let pending = '';
    void (async () => {
      const reader = io.text().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        // A blank line may be split across reads: hold back a trailing newline.
        const parts = (pending + value).split('\n\n');
        pending = '';
        for (let i = 0; i < parts.length; i += 1) {
          let part = parts[i];
          if (i === parts.length - 1 && part.endsWith('\n')) {
            pending = '\n';
            part = part.slice(0, -1);
          }
          if (i > 0) {
            node = document.createTextNode('');
            reply.appendChild(document.createElement('p')).appendChild(node);
          }
          if (part) node.appendData(part);
        }
      }
      if (pending) node.appendData(pending);
    })();
  },
};

installBench('floor', app);
