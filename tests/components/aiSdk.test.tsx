import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { simulateReadableStream, streamText, tool } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { createRef } from 'react';
import { z } from 'zod';

import { ProChat, type ProChatInstance } from '../../src';
import { fromUIMessageStream } from '../../src/server';

type StreamPart = Parameters<typeof simulateReadableStream<unknown>>[0]['chunks'][number];

const log = () => screen.getByRole('log');
const reply = () => [...log().querySelectorAll<HTMLElement>('[data-role="assistant"]')].at(-1)!;
const done = () => waitFor(() => expect(reply()).toHaveAttribute('data-status', 'done'));
const send = async (text: string) => userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);

const usage = (input: number, output: number, reasoning = 0) => ({
  inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: output, text: output - reasoning, reasoning },
});

/** The AI SDK's own mock model, streaming what a provider would: reasoning, text, a tool call. */
function model(chunks: StreamPart[]) {
  return new MockLanguageModelV3({
    doStream: async () => ({ stream: simulateReadableStream({ chunks, chunkDelayInMs: null }) as never }),
  });
}

const WEATHER_STEP: StreamPart[] = [
  { type: 'stream-start', warnings: [] },
  { type: 'reasoning-start', id: 'r1' },
  { type: 'reasoning-delta', id: 'r1', delta: 'The user wants the weather; call the tool.' },
  { type: 'reasoning-end', id: 'r1' },
  { type: 'text-start', id: 't1' },
  { type: 'text-delta', id: 't1', delta: 'Let me check ' },
  { type: 'text-delta', id: 't1', delta: 'the weather.' },
  { type: 'text-end', id: 't1' },
  { type: 'tool-input-start', id: 'call_1', toolName: 'get_weather' },
  { type: 'tool-input-delta', id: 'call_1', delta: '{"city":' },
  { type: 'tool-input-delta', id: 'call_1', delta: '"Paris"}' },
  { type: 'tool-input-end', id: 'call_1' },
  { type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', input: '{"city":"Paris"}' },
  { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage: usage(12, 20, 8) },
];

const getWeather = tool({
  description: 'The weather in a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 18 }),
});

describe('the real AI SDK (`ai`): streamText(...).toUIMessageStreamResponse() through ProChat', () => {
  it('a route that returns the AI SDK response: reasoning, text, the tool call with its result, usage, all with no adapter', async () => {
    const chatRef = createRef<ProChatInstance>();
    render(
      <ProChat
        chatRef={chatRef}
        request={(messages) =>
          streamText({
            model: model(WEATHER_STEP),
            messages: messages.map(({ role, content }) => ({ role: role === 'developer' ? 'system' : role, content })),
            tools: { get_weather: getWeather },
          }).toUIMessageStreamResponse({
            // The AI SDK sends usage only as message metadata, when asked.
            messageMetadata: ({ part }) => (part.type === 'finish' ? { usage: part.totalUsage } : undefined),
          })
        }
      />,
    );
    await send('Weather in Paris?');
    await done();
    const card = reply().querySelector<HTMLElement>('[data-part="tool-call"]')!;
    expect(card).toHaveAttribute('data-tool', 'get_weather');
    // The AI SDK ran the tool on the server: the card shows its result.
    expect(card).toHaveAttribute('data-state', 'output-available');
    expect(reply()).toHaveTextContent('Let me check the weather.');
    expect(reply()).not.toHaveTextContent('data:');

    const message = chatRef.current!.getChats().at(-1)!;
    expect(message.content).toBe('Let me check the weather.');
    expect(message.parts?.map((part) => part.type)).toEqual(['reasoning', 'text', 'tool-call']);
    expect(message.parts?.[2]).toMatchObject({
      type: 'tool-call',
      toolName: 'get_weather',
      input: { city: 'Paris' },
      state: 'output-available',
      output: { city: 'Paris', temperature: 18 },
    });
    expect(message.usage).toEqual({ inputTokens: 12, outputTokens: 20, totalTokens: 32, reasoningTokens: 8 });
    expect(message.finishReason).toBe('tool-calls');
  });

  it('a model error mid-stream fails the reply after the text so far, with the error text the AI SDK sends', async () => {
    render(
      <ProChat
        request={() =>
          streamText({
            model: model([
              { type: 'stream-start', warnings: [] },
              { type: 'text-start', id: 't1' },
              { type: 'text-delta', id: 't1', delta: 'Half an answer' },
              { type: 'error', error: new Error('The model is overloaded.') },
            ]),
            prompt: 'x',
            onError: () => undefined,
          }).toUIMessageStreamResponse({ onError: (error) => (error instanceof Error ? error.message : String(error)) })
        }
      />,
    );
    await send('Go');
    await waitFor(() => expect(reply()).toHaveAttribute('data-status', 'error'));
    expect(reply()).toHaveTextContent('Half an answer');
    expect(reply()).toHaveTextContent('The model is overloaded.');
  });

  it('fromUIMessageStream reads the same response explicitly, part for part', async () => {
    const response = streamText({
      model: model(WEATHER_STEP),
      prompt: 'x',
      tools: { get_weather: getWeather },
    }).toUIMessageStreamResponse();
    const types: string[] = [];
    const reader = fromUIMessageStream(response).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) types.push(next.value.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'start',
        'reasoning-delta',
        'text-delta',
        'tool-input-start',
        'tool-input-delta',
        'tool-input-available',
        'tool-output-available',
        'finish',
      ]),
    );
  });
});
