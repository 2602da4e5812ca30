// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { createChatStore } from '../../src';
import { manualStream } from '../helpers/streams';

describe('stopping a reply in the store', () => {
  it('Stop settles the reply at once: aborted, with the text so far', async () => {
    const source = manualStream<string>();
    const frames: Array<() => void> = [];
    const store = createChatStore({
      options: {
        request: () => source.stream,
        scheduleFrame: (cb) => {
          frames.push(cb);
          return () => undefined;
        },
      },
    });
    const done = store.getState().sendMessage('hi');
    source.push('partial');
    await vi.waitFor(() => expect(frames.length).toBe(1));
    store.getState().stopGenerating();
    const reply = store.getState().messages[1];
    expect(reply).toMatchObject({ status: 'aborted', content: 'partial' });
    expect(store.getState().loadingId).toBeNull();
    await done;
    expect(store.getState().messages[1]).toMatchObject({ status: 'aborted', content: 'partial' });
  });

  it('stopping a pushed stream whose iterator is idle ends it promptly', async () => {
    const store = createChatStore();
    async function* idle() {
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      yield 'never';
    }
    const pushed = store.getState().streamMessage(idle());
    await new Promise((r) => setTimeout(r, 10));
    store.getState().stopGenerating();
    const message = await pushed;
    expect(message.status).toBe('aborted');
  });
});
