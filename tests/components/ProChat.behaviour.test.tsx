import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createMessage, ProChat, type ChatMessage } from '../../src';
import { manualStream, utf8 } from '../helpers/streams';

/**
 * Replaces requestAnimationFrame so the test decides when frames happen. Frames are stamped a
 * second apart, so the streaming pacer never holds one back for the test's own slow renders.
 */
function takeOverFrames() {
  let queue: FrameRequestCallback[] = [];
  let clock = performance.now() + 1e6;
  const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
    queue.push(cb);
    return queue.length;
  });
  const caf = vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  return {
    async tick() {
      await act(async () => {
        const run = queue;
        queue = [];
        clock += 1000;
        run.forEach((cb) => cb(clock));
      });
    },
    get pending() {
      return queue.length;
    },
    restore() {
      raf.mockRestore();
      caf.mockRestore();
    },
  };
}

afterEach(() => vi.restoreAllMocks());

const input = () => screen.getByRole('textbox', { name: 'Message' });

describe('input', () => {
  it('Enter sends, Shift+Enter inserts a newline', async () => {
    const request = vi.fn(() => 'ok');
    render(<ProChat request={request} />);
    const user = userEvent.setup();
    await user.type(input(), 'line one');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await user.type(input(), 'line two');
    expect(input()).toHaveValue('line one\nline two');
    expect(request).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(request).toHaveBeenCalledTimes(1);
    expect((request.mock.calls[0] as unknown as [ChatMessage[]])[0].at(-1)?.content).toBe('line one\nline two');
    expect(input()).toHaveValue('');
  });

  it('Enter that confirms an IME candidate never sends', async () => {
    const request = vi.fn(() => 'ok');
    render(<ProChat request={request} />);
    const box = input();
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: 'nihao' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' }); // composing per compositionstart
    fireEvent.change(box, { target: { value: '你好' } });
    fireEvent.compositionEnd(box);
    // Safari sends the confirming Enter after compositionend, with keyCode 229.
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 229 });
    expect(request).not.toHaveBeenCalled();
    expect(box).toHaveValue('你好');
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(request).toHaveBeenCalledTimes(1));
  });

  it('the Send button becomes Stop while a reply streams, and back', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat request={() => new Response(source.stream)} />);
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.type(input(), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('button', { name: 'Stop' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.getByRole('log')).toHaveAttribute('aria-busy', 'true');
    source.close();
    expect(await screen.findByRole('button', { name: 'Send' })).toBeInTheDocument();
    expect(screen.getByRole('log')).toHaveAttribute('aria-busy', 'false');
  });
});

describe('Enter while a reply streams', () => {
  it('keeps the text and says why it waits; after Stop, Enter sends it', async () => {
    const sources: ReturnType<typeof manualStream<Uint8Array>>[] = [];
    const request = vi.fn(() => {
      const source = manualStream<Uint8Array>();
      sources.push(source);
      return new Response(source.stream);
    });
    render(<ProChat request={request} smoothOutput={false} />);
    const user = userEvent.setup();
    await user.type(input(), 'First{Enter}');
    await user.type(input(), 'Second{Enter}');
    expect(input()).toHaveValue('Second');
    expect(request).toHaveBeenCalledTimes(1);
    expect(screen.getByText('The reply is still being written: press Stop (Esc), then Enter to send.')).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.queryByText(/still being written/)).toBeNull();
    await user.type(input(), '{Enter}');
    expect(request).toHaveBeenCalledTimes(2);
    expect(input()).toHaveValue('');
    await act(async () => sources[1].close());
  });
});

describe('rendering cost', () => {
  it('only the streaming row re-renders per update', async () => {
    const frames = takeOverFrames();
    const renders = new Map<string, number>();
    const history = [
      createMessage({ id: 'u0', role: 'user', content: 'old question' }),
      createMessage({ id: 'a0', role: 'assistant', content: 'old answer', parentId: 'u0' }),
    ];
    const source = manualStream<Uint8Array>();
    render(
      <ProChat
        initialChats={history}
        request={() => new Response(source.stream)}
        chatItemRenderConfig={{
          render: ({ originData }, _parts, dom) => {
            renders.set(originData.id, (renders.get(originData.id) ?? 0) + 1);
            return dom;
          },
        }}
      />,
    );
    fireEvent.change(input(), { target: { value: 'new question' } });
    fireEvent.keyDown(input(), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(renders.size).toBe(4));
    const ids = [...renders.keys()];
    const replyId = ids[3];
    const before = new Map(renders);

    for (const chunk of ['one ', 'two ', 'three']) {
      source.push(utf8(chunk));
      await waitFor(() => expect(frames.pending).toBeGreaterThan(0));
      await frames.tick();
    }
    // Smooth output reveals the text over a few more frames.
    for (let i = 0; i < 30 && !screen.getByRole('log').textContent?.includes('one two three'); i += 1) await frames.tick();
    expect(screen.getByRole('log')).toHaveTextContent('one two three');

    // The reply re-rendered for each frame (more with smooth output revealing it); no other row did.
    expect(renders.get(replyId)! - before.get(replyId)!).toBeGreaterThanOrEqual(3);
    for (const id of ids.slice(0, 3)) expect(renders.get(id)).toBe(before.get(id));
    source.close();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument());
    frames.restore();
  });
});

describe('controlled chats', () => {
  it('shows the chats prop, reports changes through onChatsChange at most once per frame', async () => {
    const frames = takeOverFrames();
    const source = manualStream<Uint8Array>();
    const changes: ChatMessage[][] = [];
    function App() {
      const [chats, setChats] = useState<ChatMessage[]>([createMessage({ role: 'assistant', content: 'Welcome back' })]);
      return (
        <>
          <button type="button" onClick={() => setChats([])}>
            reset from app
          </button>
          <ProChat
            chats={chats}
            onChatsChange={(next) => {
              changes.push(next);
              setChats(next);
            }}
            request={() => new Response(source.stream)}
          />
        </>
      );
    }
    render(<App />);
    expect(screen.getByRole('log')).toHaveTextContent('Welcome back');
    fireEvent.change(input(), { target: { value: 'Hi' } });
    fireEvent.keyDown(input(), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(changes).toHaveLength(1)); // user message + pending reply
    for (let i = 0; i < 50; i += 1) source.push(utf8(`${i},`));
    await waitFor(() => expect(frames.pending).toBe(1));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(changes).toHaveLength(1);
    await frames.tick();
    expect(changes).toHaveLength(2);
    expect(changes[1].at(-1)?.content).toContain('49,');
    source.close();
    await waitFor(() => expect(changes.at(-1)?.at(-1)?.status).toBe('done'));
    expect(changes.length).toBeLessThanOrEqual(3);
    // The app changing the prop is reflected, and is not echoed back as a change.
    const count = changes.length;
    await userEvent.setup().click(screen.getByRole('button', { name: 'reset from app' }));
    expect(within(screen.getByRole('log')).queryByText('Welcome back')).toBeNull();
    expect(changes).toHaveLength(count);
    frames.restore();
  });
});

describe('Escape', () => {
  it('cancelling an edit with Escape does not stop the reply that is streaming', async () => {
    const source = manualStream<Uint8Array>();
    render(
      <ProChat
        initialChats={[createMessage({ id: 'u0', role: 'user', content: 'Earlier question' })]}
        request={() => new Response(source.stream)}
        smoothOutput={false}
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Now{Enter}');
    act(() => source.push(utf8('Streaming')));
    const log = screen.getByRole('log');
    const first = log.querySelector<HTMLElement>('[data-message-id="u0"]')!;
    await user.click(within(first).getByRole('button', { name: 'Edit' }));
    const editor = screen.getByRole('textbox', { name: 'Edit' });
    await user.type(editor, '{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Edit' })).toBeNull();
    const reply = [...log.querySelectorAll('[data-role="assistant"]')].at(-1)!;
    expect(reply).toHaveAttribute('data-status', 'streaming');
    // Escape outside an editor still stops it.
    await user.type(screen.getByRole('textbox', { name: 'Message' }), '{Escape}');
    expect(reply).toHaveAttribute('data-status', 'aborted');
  });
});
