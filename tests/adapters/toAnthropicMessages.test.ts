// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { createMessage, type MessagePart, type StoredChatMessage, type ToolCallState } from '../../src';
import { toAnthropicMessages } from '../../src/server';
import { toAnthropicMessages as fromMock } from '../../src/mock';

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
const useWeather = { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Paris' } };

describe("toAnthropicMessages: the chat, parts included, as Anthropic's Messages API request", () => {
  it('system and developer messages become `system`; roles no model reads are left out', () => {
    const messages = [
      createMessage({ id: 's', role: 'system', content: 'Be brief.' }),
      createMessage({ id: 'd', role: 'developer', content: 'Answer in French.' }),
      user('Hi'),
      createMessage({ id: 'f', role: 'function', content: 'Working on it…' }),
      createMessage({ id: 'a', role: 'assistant', content: 'Bonjour !' }),
    ];
    expect(toAnthropicMessages(messages)).toEqual({
      system: 'Be brief.\n\nAnswer in French.',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Bonjour !' },
      ],
    });
    expect(toAnthropicMessages([user('Hi')])).toEqual({ messages: [{ role: 'user', content: 'Hi' }] });
    expect(fromMock).toBe(toAnthropicMessages);
  });

  it('a tool call and its result: tool_use, then one user message of tool_result blocks, then the step after it', () => {
    const messages = [
      user('Weather in Paris?'),
      reply([
        { type: 'reasoning', text: 'Call the tool.' },
        { type: 'text', text: 'Let me check.' },
        weather('output-available'),
        weather('output-error', { toolCallId: 'call_2', toolName: 'get_time', input: { zone: 'CET' } }),
        { type: 'text', text: 'It is 18 °C.' },
        { type: 'source-url', sourceId: 's', url: 'https://weather.example' },
      ]),
    ];
    expect(toAnthropicMessages(messages).messages).toEqual([
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check.' },
          useWeather,
          { type: 'tool_use', id: 'call_2', name: 'get_time', input: { zone: 'CET' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'call_1', content: '{"temperature":18}' },
          { type: 'tool_result', tool_use_id: 'call_2', content: 'The weather service is down.', is_error: true },
        ],
      },
      // Reasoning is never sent: Anthropic reads thinking back only with its signature.
      { role: 'assistant', content: [{ type: 'text', text: 'It is 18 °C.' }] },
    ]);
  });

  it('a denied call is an error result saying so, with the reason when given', () => {
    const denied = (approval: { approved: false; reason?: string }) =>
      toAnthropicMessages([reply([weather('output-denied', { approval })])]).messages[1];
    expect(denied({ approved: false })).toEqual({
      role: 'user',
      content: [{ type: 'tool_result', tool_use_id: 'call_1', content: 'The user denied this tool call.', is_error: true }],
    });
    expect(denied({ approved: false, reason: 'Not now.' })).toMatchObject({
      content: [{ content: 'The user denied this tool call. Reason: Not now.', is_error: true }],
    });
  });

  it('calls with no result yet are left out (input streaming or complete, awaiting approval, running)', () => {
    for (const state of ['input-streaming', 'input-available', 'awaiting-approval', 'running'] as const) {
      expect(toAnthropicMessages([user('Hi'), reply([{ type: 'text', text: 'Checking.' }, weather(state)])]).messages).toEqual([
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: [{ type: 'text', text: 'Checking.' }] },
      ]);
    }
    // A reply of nothing but an unanswered call sends nothing: Anthropic rejects empty content.
    expect(toAnthropicMessages([user('Hi'), reply([weather('running')])]).messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it('roles alternate: the results and the next question are one user message, two user texts in a row one too', () => {
    const messages = [user('Weather?'), reply([weather('output-available')]), user('And tomorrow?'), user('In Rome.')];
    expect(toAnthropicMessages(messages).messages).toEqual([
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: [useWeather] },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'call_1', content: '{"temperature":18}' },
          { type: 'text', text: 'And tomorrow?' },
          { type: 'text', text: 'In Rome.' },
        ],
      },
    ]);
    // Steps with no call between them are one assistant message; empty messages are dropped.
    const steps = reply([{ type: 'text', text: 'One.' }, { type: 'step-start' }, { type: 'text', text: 'Two.' }]);
    expect(toAnthropicMessages([user('Go'), user(''), steps, createMessage({ role: 'assistant', content: '' })]).messages).toEqual([
      { role: 'user', content: 'Go' },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'One.' },
          { type: 'text', text: 'Two.' },
        ],
      },
    ]);
  });

  it('tool_use input is an object: the input, else the raw text parsed, else {}', () => {
    const input = (extra: Partial<MessagePart>) =>
      toAnthropicMessages([reply([weather('output-available', extra)])]).messages[0].content as Array<{ input?: unknown }>;
    expect(input({ input: undefined, inputText: '{"city":"Oslo"}' })[0].input).toEqual({ city: 'Oslo' });
    expect(input({ input: undefined, inputText: '{"city":' })[0].input).toEqual({});
    expect(input({ input: undefined, inputText: '' })[0].input).toEqual({});
    // A call whose arguments did not parse keeps the raw text as its input; it is not an object.
    expect(input({ input: '{"city":', inputText: '{"city":' })[0].input).toEqual({});
    expect(input({ input: [1, 2], inputText: '[1,2]' })[0].input).toEqual({});
  });
});
