// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { createChatStore } from '../../src';
import { manualStream } from '../helpers/streams';

describe('how streamed text is written to the store', () => {
  it('a scheduler that runs its callback at once still gets one write per delta batch', async () => {
    const source = manualStream<string>();
    const store = createChatStore({ options: { request: () => source.stream, scheduleFrame: (cb) => (cb(), () => undefined) } });
    const done = store.getState().sendMessage('hi');
    source.push('a');
    await vi.waitFor(() => expect(store.getState().messages[1].content).toBe('a'));
    source.push('b');
    await vi.waitFor(() => expect(store.getState().messages[1].content).toBe('ab'));
    source.close();
    await done;
  });

  it('transformToChatMessage gets the raw text so far, not the transformed one', async () => {
    const seen: string[] = [];
    const store = createChatStore({
      options: {
        request: async function* () {
          yield '<a>';
          yield '<b>';
        } as never,
        transformToChatMessage: (delta, raw) => {
          seen.push(raw);
          return delta.replace(/[<>]/g, '');
        },
      },
    });
    await store.getState().sendMessage('x');
    expect(seen).toEqual(['<a>', '<a><b>']);
    expect(store.getState().messages[1].content).toBe('ab');
  });
});
