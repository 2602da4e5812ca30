// @vitest-environment node
import type OpenAI from 'openai';
import { describe, expect, it } from 'vitest';

import { createMessage, toOpenAIMessages, type MessagePart, type StoredChatMessage, type ToolCallState } from '../../src';

const user = (content: string) => createMessage({ id: `u-${content}`, role: 'user', content });
const reply = (parts: MessagePart[]): StoredChatMessage => ({
  ...createMessage({ id: 'a', role: 'assistant', content: parts.map((part) => (part.type === 'text' ? part.text : '')).join('') }),
  parts,
});
const weather = (state: ToolCallState, extra: Partial<MessagePart> = {}): MessagePart =>
  ({
    type: 'tool-call',
    toolCallId: 'call_1',
    toolName: 'get_weather',
    input: { city: 'Paris' },
    inputText: '{"city":"Paris"}',
    state,
    ...(state === 'output-available' ? { output: { temperature: 18 } } : {}),
    ...(state === 'output-error' ? { errorText: 'The weather service is down.' } : {}),
    ...extra,
  }) as MessagePart;

describe('toOpenAIMessages: the chat, parts included, as OpenAI chat messages', () => {
  it('a text chat is { role, content } per message; roles no model reads are left out', () => {
    const messages = [
      createMessage({ id: 's', role: 'system', content: 'Be brief.' }),
      user('Hi'),
      createMessage({ id: 'f', role: 'function', content: 'Working on it…' }),
      createMessage({ id: 'a', role: 'assistant', content: 'Hello!' }),
    ];
    expect(toOpenAIMessages(messages)).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello!' },
    ]);
  });

  it('a reply with a tool call and its result: tool_calls, then the tool message, then the step after it', () => {
    const messages = [
      user('Weather in Paris?'),
      reply([
        { type: 'reasoning', text: 'Call the tool.' },
        { type: 'text', text: 'Let me check.' },
        weather('output-available'),
        { type: 'text', text: 'It is 18 °C.' },
        { type: 'source-url', sourceId: 's', url: 'https://weather.example' },
      ]),
    ];
    const sent = toOpenAIMessages(messages);
    expect(sent).toEqual([
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: 'Let me check.',
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"temperature":18}' },
      { role: 'assistant', content: 'It is 18 °C.' },
    ]);
    // What the OpenAI SDK accepts, with no cast.
    const params: OpenAI.Chat.ChatCompletionMessageParam[] = sent;
    expect(params).toHaveLength(4);
    expect(toOpenAIMessages(messages, { reasoning: true })[1]).toMatchObject({ reasoning_content: 'Call the tool.' });
  });

  it('a failed tool sends its error text; a call with no result yet is left out (OpenAI rejects an unanswered call)', () => {
    expect(toOpenAIMessages([reply([weather('output-error')])])).toEqual([
      { role: 'assistant', content: null, tool_calls: [expect.objectContaining({ id: 'call_1' })] },
      { role: 'tool', tool_call_id: 'call_1', content: 'The weather service is down.' },
    ]);
    expect(toOpenAIMessages([reply([{ type: 'text', text: 'Checking.' }, weather('input-available')])])).toEqual([
      { role: 'assistant', content: 'Checking.' },
    ]);
  });

  it('a denied call is answered as denied, with the reason when the user gave one', () => {
    expect(toOpenAIMessages([reply([weather('output-denied', { approval: { approved: false } })])])).toEqual([
      { role: 'assistant', content: null, tool_calls: [expect.objectContaining({ id: 'call_1' })] },
      { role: 'tool', tool_call_id: 'call_1', content: 'The user denied this tool call.' },
    ]);
    expect(toOpenAIMessages([reply([weather('output-denied', { approval: { approved: false, reason: 'Not now.' } })])])[1]).toEqual({
      role: 'tool',
      tool_call_id: 'call_1',
      content: 'The user denied this tool call. Reason: Not now.',
    });
  });

  it('calls awaiting approval or running have no result yet: left out, like input-available', () => {
    for (const state of ['awaiting-approval', 'running', 'input-streaming'] as const) {
      expect(toOpenAIMessages([reply([{ type: 'text', text: 'Checking.' }, weather(state)])])).toEqual([
        { role: 'assistant', content: 'Checking.' },
      ]);
    }
  });

  it('a step-start part ends a step: calls on each side of it go in their own assistant messages', () => {
    const second = weather('output-available', { toolCallId: 'call_2', input: { city: 'Rome' }, output: { temperature: 24 } });
    expect(toOpenAIMessages([reply([weather('output-available'), { type: 'step-start' }, second, { type: 'step-start' }])])).toEqual([
      { role: 'assistant', content: null, tool_calls: [expect.objectContaining({ id: 'call_1' })] },
      { role: 'tool', tool_call_id: 'call_1', content: '{"temperature":18}' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_2', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Rome"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_2', content: '{"temperature":24}' },
    ]);
    // Text steps too: text, step-start, text are two assistant messages, not one.
    expect(toOpenAIMessages([reply([{ type: 'text', text: 'One.' }, { type: 'step-start' }, { type: 'text', text: 'Two.' }])])).toEqual([
      { role: 'assistant', content: 'One.' },
      { role: 'assistant', content: 'Two.' },
    ]);
  });
});
