/**
 * title: Approval, research in steps, feedback
 * description: "`send_email` has `needsApproval`: ask \"Email Ann that I am late\" and the call waits with Approve and Deny; nothing is sent until you choose, and the decision survives a reload. Ask \"Research solar panels\" for a turn of three steps (two searches, then the answer): the working steps fold once the answer is there, and Copy copies the answer. The thumbs call `onFeedback`."
 */
import { message } from 'antd';
import { ProChat, toOpenAIMessages, type ChatTools } from 'pro-chat-next';
import { createMockModel, type MockReply } from 'pro-chat-next/mock';
import { fromOpenAI } from 'pro-chat-next/server';

import { t } from './_locale';

const tools: ChatTools = {
  send_email: {
    description: 'Sends an email',
    parameters: { type: 'object', properties: { to: { type: 'string' }, text: { type: 'string' } }, required: ['to', 'text'] },
    needsApproval: true,
    execute: ({ to }) => ({ sent: true, to }),
  },
  search: {
    description: 'Searches the web',
    parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
    execute: ({ query }) => ({ query, results: [`${String(query)}: three sources found`] }),
  },
};

/** The mock model, scripted from what this turn has seen so far. */
function script(messages: Array<{ role: string; content: string | null }>): MockReply {
  const question = messages.map((m) => m.role).lastIndexOf('user');
  const turn = messages.slice(question);
  const results = turn.filter((m) => m.role === 'tool').map((m) => m.content ?? '');
  const asked = turn[0]?.content ?? '';
  if (/email|邮件/i.test(asked)) {
    if (!results.length)
      return {
        text: '',
        toolCalls: [{ name: 'send_email', input: { to: 'ann@example.com', text: t('I am running late.', '我要晚到一会儿。') } }],
      };
    return {
      text: results[0].includes('denied') ? t('Understood, I did not send it.', '好的，没有发送。') : t('Sent to Ann.', '已发给 Ann。'),
    };
  }
  if (/research|研究/i.test(asked)) {
    const reasoning = t(`Step ${results.length + 1}: deciding what to look up next.`, `第 ${results.length + 1} 步：决定接下来查什么。`);
    if (results.length === 0)
      return { reasoning, text: '', toolCalls: [{ name: 'search', input: { query: t('solar panel efficiency', '太阳能板效率') } }] };
    if (results.length === 1)
      return { reasoning, text: '', toolCalls: [{ name: 'search', input: { query: t('solar panel cost per watt', '太阳能板每瓦成本') } }] };
    return {
      reasoning,
      text: t(
        '**Solar panels** turn 18–23 % of sunlight into power, at a falling cost per watt.',
        '**太阳能板**能把 18–23% 的阳光转成电，每瓦成本在下降。',
      ),
    };
  }
  return { text: t('Ask me to email Ann, or to research solar panels.', '让我给 Ann 发邮件，或者研究一下太阳能板。') };
}

const fetchModel = createMockModel({ reply: script, tokensPerSecond: 40 });

export default () => (
  <div style={{ height: 480 }}>
    <ProChat
      tools={tools}
      onFeedback={(_reply, value) =>
        void message.info(value ? t(`Thanks: ${value}`, `感谢反馈：${value}`) : t('Rating removed', '已取消评价'))
      }
      helloMessage={t('Try "Email Ann that I am late" or "Research solar panels".', '试试“给 Ann 发邮件说我要晚到”或“研究一下太阳能板”。')}
      request={async (messages, { signal, tools: definitions }) =>
        fromOpenAI(
          await fetchModel('/v1/chat/completions', {
            method: 'POST',
            body: JSON.stringify({ messages: toOpenAIMessages(messages), tools: definitions }),
            signal,
          }),
        )
      }
    />
  </div>
);
