/**
 * title: Older history on demand
 * description: "`loadMoreHistory` loads earlier messages when the user scrolls to the top: they go in above without moving what is on screen, with a spinner meanwhile. The demo's server has 100 earlier messages in pages of 20; the third page fails once, to show the error and Retry. When the server has no more, the list stops asking."
 */
import { createMessage, ProChat, type ChatMessage, type LoadMoreHistory } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const TOTAL = 120;
const PAGE = 20;

const messageAt = (n: number): ChatMessage =>
  createMessage({
    id: `history-${n}`,
    role: n % 2 ? 'user' : 'assistant',
    content:
      n % 2
        ? t(`Question ${n}`, `问题 ${n}`)
        : t(`Answer ${n}: a few words, so each row has some height.`, `回答 ${n}：几句话，让每一行都有些高度。`),
    createdAt: Date.now() - (TOTAL - n) * 60_000,
  });

const latest = Array.from({ length: PAGE }, (_, i) => messageAt(TOTAL - PAGE + 1 + i));
let failedOnce = false;

/** Stands for your history API: the page of messages before `before`, after a short wait. */
const loadMoreHistory: LoadMoreHistory = async ({ before }) => {
  await new Promise((resolve) => setTimeout(resolve, 400));
  const oldest = before ? Number(before.id.replace('history-', '')) : TOTAL + 1;
  if (oldest <= 1) return [];
  const from = Math.max(1, oldest - PAGE);
  if (from <= TOTAL - 3 * PAGE && !failedOnce) {
    failedOnce = true;
    throw new Error(t('the history server answered 503', '历史服务返回 503'));
  }
  return Array.from({ length: oldest - from }, (_, i) => messageAt(from + i));
};

export default () => (
  <div style={{ height: 420 }}>
    <ProChat initialChats={latest} loadMoreHistory={loadMoreHistory} request={demoRequest({ reply: t('A new answer.', '新的回答。') })} />
  </div>
);
