/**
 * title: A 1,000-message history
 * description: The newest 40 messages render in full; older ones start as plain text and become full markdown rows as you scroll near them. Messages far from the view (in groups of 25) leave the page, replaced by empty space of their exact height, and come back as you scroll to them. Full rows out of view are skipped by the browser (`content-visibility`, at their measured height), so a long history opens at once and costs nothing while a reply streams.
 */
import { useState } from 'react';
import { createMessage, ProChat, type StoredChatMessage } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

function buildHistory(): StoredChatMessage[] {
  const topics = [
    t('streaming', '流式输出'),
    t('markdown tables', 'Markdown 表格'),
    t('retries', '重试'),
    t('SSE parsing', 'SSE 解析'),
    t('scroll anchoring', '滚动锚定'),
    t('persistence', '持久化'),
    t('themes', '主题'),
    t('i18n', '国际化'),
  ];
  return Array.from({ length: 1000 }, (_, i) => {
    const topic = topics[Math.floor(i / 2) % topics.length];
    return createMessage({
      id: `h${i}`,
      role: i % 2 ? 'assistant' : 'user',
      content:
        i % 2
          ? t(
              `Answer **${(i + 1) / 2}** about *${topic}*:\n\n- first point\n- second point with \`code\`\n\nThat is all.`,
              `关于 *${topic}* 的第 **${(i + 1) / 2}** 个回答：\n\n- 第一点\n- 第二点，带有 \`code\`\n\n就这些。`,
            )
          : t(`Question ${i / 2 + 1}: how does ${topic} work?`, `问题 ${i / 2 + 1}：${topic}是怎么工作的？`),
      createdAt: Date.UTC(2026, 0, 1) + i * 60_000,
    });
  });
}

const request = demoRequest({
  reply: () =>
    t(
      'A fresh reply at the end of a long history.\n\nIt streams as fast as in an empty chat.',
      '长历史末尾的一条新回复。\n\n它的流式输出和在空对话里一样快。',
    ),
});

export default () => {
  const [history] = useState(buildHistory);
  return (
    <div style={{ height: 420 }}>
      <ProChat initialChats={history} request={request} />
    </div>
  );
};
