import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { buildRequestMessages, createMessage, ProChat, type ChatRequest } from '../../src';
import { createMockRequest } from '../../src/mock';
import { splitThinking } from '../../src/core/thinking';
import { manualStream, utf8 } from '../helpers/streams';

const log = () => screen.getByRole('log');
const lastReply = () => [...log().querySelectorAll<HTMLElement>('[data-role="assistant"]')].at(-1)!;

describe('splitThinking', () => {
  it('reads open, closed and absent think blocks, and holds back half-arrived tags', () => {
    expect(splitThinking('<think>plan')).toEqual({ thinking: 'plan', answer: '', hasThinking: true, open: true });
    expect(splitThinking('<think>plan</thi')).toMatchObject({ thinking: 'plan', open: true });
    expect(splitThinking('<thi')).toMatchObject({ hasThinking: true, open: true, answer: '' });
    expect(splitThinking('\n<think>\nplan\n</think>\n\nAnswer')).toEqual({
      thinking: 'plan',
      answer: 'Answer',
      hasThinking: true,
      open: false,
    });
    expect(splitThinking('Plain answer with <think> inside')).toMatchObject({
      hasThinking: false,
      answer: 'Plain answer with <think> inside',
    });
  });
});

describe('thinking panel', () => {
  it('is open and live while the model thinks, folds to "Thought for N s" when the answer starts, and re-opens', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const source = manualStream<Uint8Array>();
    render(<ProChat request={() => new Response(source.stream)} smoothOutput={false} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Why?{Enter}');
    act(() => source.push(utf8('<think>First I consider **the question**')));
    const toggle = await within(log()).findByRole('button', { name: 'Thinking…' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: 'Thought process' });
    expect(toggle).toHaveAttribute('aria-controls', region.id);
    expect(region).toHaveTextContent('First I consider the question');
    // No raw tags, ever.
    expect(lastReply()).not.toHaveTextContent('<think>');

    vi.setSystemTime(Date.now() + 3200);
    act(() => source.push(utf8(', then answer.</think>\n\nThe **answer**.')));
    const folded = await within(log()).findByRole('button', { name: 'Thought for 3 s' });
    expect(folded).toHaveAttribute('aria-expanded', 'false');
    expect(within(lastReply()).getByText('answer').tagName).toBe('STRONG');
    expect(lastReply()).not.toHaveTextContent('</think>');

    await user.click(folded);
    expect(folded).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Thought process' })).toHaveTextContent('then answer.');
    await act(async () => source.close());
    vi.useRealTimers();
  });

  it('a reply loaded from history shows a folded "Thought process" panel', () => {
    render(
      <ProChat
        initialChats={[
          createMessage({ id: 'u', role: 'user', content: 'Q' }),
          createMessage({ id: 'a', role: 'assistant', content: '<think>old reasoning</think>\n\nOld answer', parentId: 'u' }),
        ]}
      />,
    );
    const toggle = within(log()).getByRole('button', { name: 'Thought process' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(lastReply()).toHaveTextContent('Old answer');
    expect(lastReply()).not.toHaveTextContent('old reasoning');
  });

  it('is localized', () => {
    render(<ProChat locale="zh-CN" initialChats={[createMessage({ id: 'a', role: 'assistant', content: '<think>x</think>y' })]} />);
    expect(within(log()).getByRole('button', { name: '思考过程' })).toBeInTheDocument();
  });
});

describe('a reasoning model end to end', () => {
  it('the mock model thinks (reasoning_content), openAIStream wraps it, ProChat shows the panel and then the answer', async () => {
    const request = createMockRequest({
      tokensPerSecond: 0,
      firstTokenDelay: 0,
      reply: { reasoning: 'Step one, step two.', text: 'Final **answer**.' },
    });
    render(<ProChat request={request} smoothOutput={false} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Think{Enter}');
    await within(log()).findByText('answer');
    const toggle = within(lastReply()).getByRole('button', { name: /Thought/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(lastReply()).toHaveTextContent('Final answer.');
    expect(lastReply()).not.toHaveTextContent('Step one');
    await userEvent.setup().click(toggle);
    expect(screen.getByRole('region', { name: 'Thought process' })).toHaveTextContent('Step one, step two.');
  });
});

describe('thinking in history', () => {
  const history = [
    createMessage({ id: 'u1', role: 'user', content: 'Q1' }),
    createMessage({ id: 'a1', role: 'assistant', content: '<think>secret plan</think>\n\nA1', parentId: 'u1' }),
  ];

  it('is kept in the message but not sent back to the model, unless the app opts in', async () => {
    expect(buildRequestMessages(history, undefined).map((m) => m.content)).toEqual(['Q1', 'A1']);
    expect(buildRequestMessages(history, undefined, { keepThinking: true })[1].content).toContain('secret plan');
    expect(history[1].content).toContain('secret plan');

    const request = vi.fn<ChatRequest>(() => 'ok');
    const { unmount } = render(<ProChat initialChats={history} request={request} smoothOutput={false} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Q2{Enter}');
    await within(log()).findByText('ok');
    expect(request.mock.calls[0][0].map((m) => m.content)).toEqual(['Q1', 'A1', 'Q2']);
    unmount();

    const keep = vi.fn<ChatRequest>(() => 'ok');
    render(<ProChat initialChats={history} request={keep} sendThinking smoothOutput={false} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Q2{Enter}');
    await within(log()).findByText('ok');
    expect(keep.mock.calls[0][0][1].content).toContain('secret plan');
  });
});
