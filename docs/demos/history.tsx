/**
 * title: A 1,000-message history
 * description: The newest 40 messages render in full; older ones start as plain text and become full markdown rows as you scroll near them. Messages far from the view (in groups of 25) leave the page, replaced by empty space of their exact height, and come back as you scroll to them. Full rows out of view are skipped by the browser (`content-visibility`, at their measured height), so a long history opens at once and costs nothing while a reply streams.
 */
import { createMessage, ProChat, type StoredChatMessage } from 'pro-chat-next';

import { demoRequest } from './_model';

const TOPICS = ['streaming', 'markdown tables', 'retries', 'SSE parsing', 'scroll anchoring', 'persistence', 'themes', 'i18n'];

const history: StoredChatMessage[] = Array.from({ length: 1000 }, (_, i) => {
  const topic = TOPICS[Math.floor(i / 2) % TOPICS.length];
  return createMessage({
    id: `h${i}`,
    role: i % 2 ? 'assistant' : 'user',
    content:
      i % 2
        ? `Answer **${(i + 1) / 2}** about *${topic}*:\n\n- first point\n- second point with \`code\`\n\nThat is all.`
        : `Question ${i / 2 + 1}: how does ${topic} work?`,
    createdAt: Date.UTC(2026, 0, 1) + i * 60_000,
  });
});

const request = demoRequest({ reply: 'A fresh reply at the end of a long history.\n\nIt streams as fast as in an empty chat.' });

export default () => (
  <div style={{ height: 420 }}>
    <ProChat initialChats={history} request={request} />
  </div>
);
