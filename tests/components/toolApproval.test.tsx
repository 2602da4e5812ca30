import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';

import {
  localStorageAdapter,
  ProChat,
  toOpenAIMessages,
  type ChatStreamPart,
  type ChatTools,
  type ProChatInstance,
  type RequestMessage,
} from '../../src';

const log = () => screen.getByRole('log');
const reply = () => [...log().querySelectorAll<HTMLElement>('[data-role="assistant"]')].at(-1)!;
const settled = (status = 'done') => waitFor(() => expect(reply()).toHaveAttribute('data-status', status));
const send = async (text = 'Email Ann that I am late') =>
  userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);

async function* stream(parts: ChatStreamPart[]) {
  for (const part of parts) yield part;
}
const call = (id: string, toolName: string, input: Record<string, unknown>): ChatStreamPart[] => [
  { type: 'tool-input-start', toolCallId: id, toolName },
  { type: 'tool-input-delta', toolCallId: id, inputTextDelta: JSON.stringify(input) },
  { type: 'tool-input-available', toolCallId: id, toolName, input },
  { type: 'finish', finishReason: 'tool-calls' },
];
const answer = (text: string): ChatStreamPart[] => [
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: text },
  { type: 'text-end', id: 't' },
  { type: 'finish', finishReason: 'stop' },
];
/** The tool result the model got in this turn (after the last question), if any. */
const toolResultOfTurn = (messages: RequestMessage[]) => {
  const sent = toOpenAIMessages(messages);
  const question = sent.map((message) => message.role).lastIndexOf('user');
  return sent.slice(question).find((message) => message.role === 'tool');
};
/** Calls `send_email` first, then answers with what the tool message said. */
const emailModel = () =>
  vi.fn((messages: RequestMessage[]) => {
    const result = toolResultOfTurn(messages);
    return stream(result ? answer(`Tool said: ${result.content}`) : call('call_1', 'send_email', { to: 'ann@example.com' }));
  });
const emailTools = (execute = vi.fn(() => ({ sent: true }))): ChatTools => ({
  send_email: { description: 'Sends an email', needsApproval: true, execute },
});

describe('tools that need approval', () => {
  it('shows Approve and Deny, runs nothing until Approve, then runs once and the reply goes on', async () => {
    const execute = vi.fn(() => ({ sent: true }));
    const request = emailModel();
    render(<ProChat tools={emailTools(execute)} request={request} />);
    await send();
    const approve = await within(log()).findByRole('button', { name: 'Approve' });
    expect(within(log()).getByRole('button', { name: 'Deny' })).toBeInTheDocument();
    expect(reply().querySelector('[data-part="tool-call"]')).toHaveAttribute('data-state', 'awaiting-approval');
    // Announced: the state is a status region, and the buttons say which tool they are for.
    expect(within(reply()).getByRole('status')).toHaveTextContent('Waiting for your approval');
    expect(approve).toHaveAccessibleDescription('send_email');
    // The chat's live region says the turn waits for the user, not that the reply finished.
    await waitFor(() => expect(document.querySelector('[data-part="announcer"]')).toHaveTextContent('Waiting for your approval'));
    expect(execute).not.toHaveBeenCalled();
    expect(request).toHaveBeenCalledOnce();

    // Keyboard: the button takes the focus and Enter approves.
    act(() => approve.focus());
    await userEvent.setup().keyboard('{Enter}');
    await waitFor(() => expect(reply()).toHaveTextContent('Tool said: {"sent":true}'));
    await settled();
    expect(execute).toHaveBeenCalledOnce();
    expect(request).toHaveBeenCalledTimes(2);
    expect(within(log()).queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('Deny answers the model that the user denied the call; the tool never runs', async () => {
    const execute = vi.fn(() => ({ sent: true }));
    const request = emailModel();
    const chatRef = createRef<ProChatInstance>();
    render(<ProChat chatRef={chatRef} tools={emailTools(execute)} request={request} />);
    await send();
    await userEvent.setup().click(await within(log()).findByRole('button', { name: 'Deny' }));
    await waitFor(() => expect(reply()).toHaveTextContent('Tool said: The user denied this tool call.'));
    await settled();
    expect(execute).not.toHaveBeenCalled();
    const sent = toOpenAIMessages(request.mock.calls[1][0]);
    expect(sent.at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_1', content: 'The user denied this tool call.' });
    expect(reply().querySelector('[data-part="tool-call"]')).toHaveAttribute('data-state', 'output-denied');
    // A denial with a reason, from the instance, on a new turn.
    await send('Try again');
    expect(await within(reply()).findByRole('button', { name: 'Deny' })).toBeInTheDocument();
    let denied = false;
    act(() => {
      denied = chatRef.current!.denyToolCall('call_1', 'Not now');
    });
    expect(denied).toBe(true);
    await waitFor(() => expect(reply()).toHaveTextContent('Reason: Not now'));
  });

  it('a reload while waiting for approval brings the buttons back, and approving then goes on', async () => {
    localStorage.clear();
    const first = render(<ProChat storage={localStorageAdapter('approval')} tools={emailTools()} request={emailModel()} />);
    await send();
    await within(log()).findByRole('button', { name: 'Approve' });
    first.unmount(); // the page goes away: the conversation is saved

    const execute = vi.fn(() => ({ sent: true }));
    const request = emailModel();
    render(<ProChat storage={localStorageAdapter('approval')} tools={emailTools(execute)} request={request} />);
    await userEvent.setup().click(await within(log()).findByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(reply()).toHaveTextContent('Tool said: {"sent":true}'));
    expect(execute).toHaveBeenCalledOnce();
    expect(request).toHaveBeenCalledOnce();
  });

  it('needsApproval as a function asks only for the calls it names', async () => {
    const execute = vi.fn(() => 'ok');
    const tools: ChatTools = {
      send_email: { needsApproval: (input) => input.to !== 'me@example.com', execute },
    };
    const request = vi.fn((messages: RequestMessage[]) => {
      const result = toOpenAIMessages(messages).find((message) => message.role === 'tool');
      return stream(result ? answer('sent') : call('call_1', 'send_email', { to: 'me@example.com' }));
    });
    render(<ProChat tools={tools} request={request} />);
    await send();
    await waitFor(() => expect(reply()).toHaveTextContent('sent'));
    expect(execute).toHaveBeenCalledOnce();
    expect(within(log()).queryByRole('button', { name: 'Approve' })).toBeNull();
  });
});

describe('tools the user or the app answers', () => {
  const pickModel = () =>
    vi.fn((messages: RequestMessage[]) => {
      const result = toOpenAIMessages(messages).find((message) => message.role === 'tool');
      return stream(result ? answer(`You picked ${result.content}`) : call('call_p', 'pick_city', { options: ['Paris', 'Rome'] }));
    });

  it('a tool renderer answers its call with addToolResult, and the reply goes on (generative UI)', async () => {
    const request = pickModel();
    render(
      <ProChat
        tools={{ pick_city: { description: 'Ask the user for a city' } }}
        toolRender={{
          pick_city: (part, _message, tool) =>
            part.state === 'output-available' ? (
              <p>Picked {String(part.output)}</p>
            ) : (
              <div>
                {((part.input as { options?: string[] } | undefined)?.options ?? []).map((city) => (
                  <button key={city} type="button" onClick={() => tool.addToolResult(city)}>
                    {city}
                  </button>
                ))}
              </div>
            ),
        }}
        request={request}
      />,
    );
    await send('Where should I go?');
    await settled();
    expect(request).toHaveBeenCalledOnce();
    await userEvent.setup().click(await within(log()).findByRole('button', { name: 'Rome' }));
    await waitFor(() => expect(reply()).toHaveTextContent('You picked Rome'));
    await settled();
    expect(reply()).toHaveTextContent('Picked Rome');
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('onToolCall answers calls no execute answers; undefined leaves the call for addToolResult', async () => {
    const request = pickModel();
    const onToolCall = vi.fn(({ toolCall }: { toolCall: { toolName: string } }) =>
      toolCall.toolName === 'pick_city' ? 'Oslo' : undefined,
    );
    render(<ProChat onToolCall={onToolCall} request={request} />);
    await send('Where should I go?');
    await waitFor(() => expect(reply()).toHaveTextContent('You picked Oslo'));
    expect(onToolCall).toHaveBeenCalledOnce();

    const later = vi.fn(() => undefined);
    const chatRef = createRef<ProChatInstance>();
    const second = pickModel();
    const { unmount } = render(<ProChat chatRef={chatRef} onToolCall={later} request={second} />);
    await userEvent.setup().type(screen.getAllByRole('textbox', { name: 'Message' })[1], 'Go{Enter}');
    await waitFor(() => expect(later).toHaveBeenCalledOnce());
    await waitFor(() => expect(chatRef.current!.getChats().at(-1)!.status).toBe('done'));
    expect(second).toHaveBeenCalledOnce();
    let answered = false;
    act(() => {
      answered = chatRef.current!.addToolResult('call_p', 'Lima');
    });
    expect(answered).toBe(true);
    await waitFor(() => expect(chatRef.current!.getChats().at(-1)!.content).toBe('You picked Lima'));
    expect(chatRef.current!.addToolResult('call_p', 'again')).toBe(false);
    unmount();
  });
});

describe('a reply of several steps', () => {
  it('folds its working steps once answered; Copy copies the answer; one thinking panel per step', async () => {
    let n = 0;
    const request = vi.fn(() => {
      n += 1;
      const think: ChatStreamPart[] = [
        { type: 'reasoning-start', id: 'r' },
        { type: 'reasoning-delta', id: 'r', delta: `thinking ${n}` },
        { type: 'reasoning-end', id: 'r' },
      ];
      // The same call id every step, as some models (and the mock) number calls afresh per step.
      return stream(n < 3 ? [...think, ...call('call_0', 'search', { q: `q${n}` })] : [...think, ...answer('The answer.')]);
    });
    render(<ProChat tools={{ search: { execute: ({ q }) => `found ${String(q)}` } }} request={request} />);
    await send('Research this');
    await settled();
    expect(request).toHaveBeenCalledTimes(3);
    const steps = reply().querySelector('details[data-part="steps"]')!;
    expect(steps).not.toHaveAttribute('open');
    expect(steps.querySelector('summary')).toHaveTextContent('Worked in 3 steps');
    const cards = [...steps.querySelectorAll('[data-part="tool-call"]')];
    expect(cards.map((card) => card.getAttribute('data-state'))).toEqual(['output-available', 'output-available']);
    expect(reply().querySelectorAll('[data-part="step-start"]')).toHaveLength(1);
    expect(reply().querySelectorAll('[data-part="thinking"]')).toHaveLength(3);
    await userEvent.setup().click(await within(reply()).findByRole('button', { name: 'Copy' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe('The answer.'));
  });
});

describe('feedback and custom actions', () => {
  it('thumbs rate a reply (stored, pressed, taken back) and a custom action gets the message', async () => {
    const onFeedback = vi.fn();
    const share = vi.fn();
    const chatRef = createRef<ProChatInstance>();
    render(
      <ProChat
        chatRef={chatRef}
        request={() => 'An answer'}
        onFeedback={onFeedback}
        chatItemRenderConfig={{
          actionsProps: {
            assistant: { actions: ['copy', 'feedback', { key: 'share', label: 'Share', icon: <span>S</span>, onClick: share }] },
          },
        }}
      />,
    );
    await send('Hi');
    await settled();
    const user = userEvent.setup();
    const up = await within(reply()).findByRole('button', { name: 'Good reply' });
    expect(up).toHaveAttribute('aria-pressed', 'false');
    await user.click(up);
    expect(onFeedback).toHaveBeenLastCalledWith(expect.objectContaining({ content: 'An answer', feedback: 'up' }), 'up');
    expect(within(reply()).getByRole('button', { name: 'Good reply' })).toHaveAttribute('aria-pressed', 'true');
    expect(chatRef.current!.getChats().at(-1)!.feedback).toBe('up');
    await user.click(within(reply()).getByRole('button', { name: 'Good reply' }));
    expect(onFeedback).toHaveBeenLastCalledWith(expect.not.objectContaining({ feedback: expect.anything() }), null);
    expect(chatRef.current!.getChats().at(-1)!.feedback).toBeUndefined();
    await user.click(within(reply()).getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ content: 'An answer' }));
  });

  it('with onFeedback, replies show the thumbs by default', async () => {
    render(<ProChat request={() => 'An answer'} onFeedback={() => undefined} />);
    await send('Hi');
    await settled();
    expect(await within(reply()).findByRole('button', { name: 'Bad reply' })).toBeInTheDocument();
  });
});
