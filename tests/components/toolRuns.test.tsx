import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, toOpenAIMessages, type ChatStreamPart, type ChatTools, type ProChatInstance, type RequestMessage } from '../../src';

const log = () => screen.getByRole('log');
const reply = () => [...log().querySelectorAll<HTMLElement>('[data-role="assistant"]')].at(-1)!;
const settled = (status = 'done') => waitFor(() => expect(reply()).toHaveAttribute('data-status', status));
const send = async (text = 'Weather in Paris?') =>
  userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);

async function* stream(parts: ChatStreamPart[]) {
  for (const part of parts) yield part;
}
const callWeather = (id: string, city = 'Paris'): ChatStreamPart[] => [
  { type: 'tool-input-start', toolCallId: id, toolName: 'get_weather' },
  { type: 'tool-input-delta', toolCallId: id, inputTextDelta: JSON.stringify({ city }) },
  { type: 'tool-input-available', toolCallId: id, toolName: 'get_weather', input: { city } },
  { type: 'finish', finishReason: 'tool-calls', usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 } },
];
const answer = (text: string): ChatStreamPart[] => [
  { type: 'text-start', id: 'text' },
  { type: 'text-delta', id: 'text', delta: text },
  { type: 'text-end', id: 'text' },
  { type: 'finish', finishReason: 'stop', usage: { inputTokens: 30, outputTokens: 8, totalTokens: 38 } },
];
/** A model that calls the tool first, then answers from what the tool gave back. */
const model = () =>
  vi.fn((messages: RequestMessage[]) => {
    const sent = toOpenAIMessages(messages);
    const result = sent.find((message) => message.role === 'tool');
    return stream(result ? answer(`The tool said: ${result.content}`) : callWeather('call_1'));
  });

describe('tools that run in the browser', () => {
  it('runs the call once, asks the model again with the result, and shows one reply: the card, then the answer', async () => {
    const execute = vi.fn(async ({ city }: Record<string, unknown>) => ({ city, temperature: 18 }));
    const tools: ChatTools = { get_weather: { description: 'Weather in a city', execute } };
    const request = model();
    const chatRef = createRef<ProChatInstance>();
    render(<ProChat chatRef={chatRef} tools={tools} request={request} />);
    await send();
    await settled();
    expect(execute).toHaveBeenCalledOnce();
    expect(execute.mock.calls[0][0]).toEqual({ city: 'Paris' });
    expect(request).toHaveBeenCalledTimes(2);
    const card = reply().querySelector<HTMLElement>('[data-part="tool-call"]')!;
    expect(card).toHaveAttribute('data-state', 'output-available');
    expect(reply()).toHaveTextContent('The tool said: {"city":"Paris","temperature":18}');
    // One assistant message for the whole turn, its usage the sum of both steps.
    const messages = chatRef.current!.getChats();
    expect(messages.filter((message) => message.role === 'assistant')).toHaveLength(1);
    expect(messages.at(-1)).toMatchObject({ finishReason: 'stop', usage: { inputTokens: 40, outputTokens: 13, totalTokens: 53 } });
    expect(messages.at(-1)!.parts!.map((part) => part.type)).toEqual(['tool-call', 'step-start', 'text']);
  });

  it('a tool that throws: its error goes back to the model as the result, and the reply goes on', async () => {
    const tools: ChatTools = {
      get_weather: {
        execute: () => {
          throw new Error('The weather service is down.');
        },
      },
    };
    const request = model();
    render(<ProChat tools={tools} request={request} />);
    await send();
    await settled();
    expect(reply().querySelector('[data-part="tool-call"]')).toHaveAttribute('data-state', 'output-error');
    expect(reply()).toHaveTextContent('The tool said: The weather service is down.');
  });

  it('Stop while the tool runs aborts it through its signal, keeps the call, and asks the model nothing more', async () => {
    let seen: AbortSignal | undefined;
    const tools: ChatTools = {
      get_weather: {
        execute: (_input, { signal }) => {
          seen = signal;
          return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
        },
      },
    };
    const request = model();
    render(<ProChat tools={tools} request={request} />);
    await send();
    await waitFor(() => expect(seen).toBeDefined());
    await userEvent.setup().click(screen.getByRole('button', { name: /stop/i }));
    await settled('aborted');
    expect(seen!.aborted).toBe(true);
    expect(request).toHaveBeenCalledOnce();
    expect(reply().querySelector('[data-part="tool-call"]')).toHaveAttribute('data-tool', 'get_weather');
  });

  it('maxSteps stops a model that never stops calling tools, with a message saying so', async () => {
    let n = 0;
    const request = vi.fn(() => stream(callWeather(`call_${(n += 1)}`)));
    render(<ProChat tools={{ get_weather: { execute: () => 'sunny' } }} maxSteps={3} request={request} />);
    await send();
    await settled('error');
    expect(request).toHaveBeenCalledTimes(3);
    expect(reply()).toHaveTextContent('stopped after 3 steps');
    expect(reply().querySelectorAll('[data-part="tool-call"]')).toHaveLength(3);
  });

  it('runs the calls of one step in parallel, and sends every result back', async () => {
    const started: string[] = [];
    const finish: Array<() => void> = [];
    const execute = vi.fn(
      ({ city }: Record<string, unknown>) =>
        new Promise((resolve) => {
          started.push(String(city));
          finish.push(() => resolve(`${String(city)}: sunny`));
        }),
    );
    const twoCalls = [...callWeather('call_1', 'Paris').slice(0, 3), ...callWeather('call_2', 'Oslo')];
    const request = vi.fn((messages: RequestMessage[]) => {
      const results = toOpenAIMessages(messages).filter((message) => message.role === 'tool');
      return stream(results.length ? answer(results.map((result) => result.content).join(' and ')) : twoCalls);
    });
    render(<ProChat tools={{ get_weather: { execute } }} request={request} />);
    await send();
    // Both calls run before either has answered.
    await waitFor(() => expect(started).toEqual(['Paris', 'Oslo']));
    await waitFor(() => expect(reply().querySelectorAll('[data-part="tool-call"][data-state="running"]')).toHaveLength(2));
    finish.forEach((resolve) => resolve());
    await waitFor(() => expect(reply()).toHaveTextContent('Paris: sunny and Oslo: sunny'));
    await settled();
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('a tool without execute is only shown: the model is asked once', async () => {
    const request = model();
    render(<ProChat tools={{ get_weather: { description: 'Weather' } }} request={request} />);
    await send();
    await settled();
    expect(request).toHaveBeenCalledOnce();
    expect(reply().querySelector('[data-part="tool-call"]')).toHaveAttribute('data-state', 'input-available');
  });
});
