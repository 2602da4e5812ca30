import { afterEach, describe, expect, it, vi } from 'vitest';

import { createChatStore, createMessage, persistChat, type ChatStorage, type SavedConversation } from '../../src';

afterEach(() => {
  vi.useRealTimers();
});

function memoryStorage(initial?: SavedConversation) {
  let data: unknown = initial;
  const saves: SavedConversation[] = [];
  const storage: ChatStorage = {
    load: () => data,
    save: (next) => {
      saves.push(structuredClone(next));
      data = next;
    },
    clear: () => {
      data = undefined;
    },
  };
  return { storage, saves };
}

describe('persistChat: a store and a storage, no React', () => {
  it('loads the saved conversation into the store, saves changes at most once per interval, and saves on dispose', async () => {
    vi.useFakeTimers();
    const { storage, saves } = memoryStorage({
      version: 1,
      messages: [createMessage({ id: 'old', role: 'user', content: 'saved before' })],
    });
    const store = createChatStore({ options: { request: () => 'ok', scheduleFrame: (cb) => (cb(), () => undefined) } });
    const dispose = persistChat(store, storage, { saveInterval: 5_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().messages.map((m) => m.content)).toEqual(['saved before']);

    await store.getState().sendMessage('hello');
    store.getState().setMessageContent('old', 'edited');
    await vi.advanceTimersByTimeAsync(0);
    expect(saves).toHaveLength(1);
    store.getState().setMessageContent('old', 'edited twice');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saves).toHaveLength(2);
    expect(saves[1].messages.map((m) => m.content)).toEqual(['edited twice', 'hello', 'ok']);

    store.getState().setMessageContent('old', 'last words');
    dispose();
    expect(saves.at(-1)!.messages[0].content).toBe('last words');
    store.getState().setMessageContent('old', 'after dispose');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saves.at(-1)!.messages[0].content).toBe('last words');
  });

  it('format 1 loads conversations saved before replies had parts, keeps parts when there are, and drops broken ones', async () => {
    const saved = (messages: unknown[]) => memoryStorage({ version: 1, messages } as SavedConversation).storage;
    const before = {
      id: 'a',
      role: 'assistant',
      content: 'An old reply',
      createdAt: 1,
      updatedAt: 1,
      createAt: 1,
      updateAt: 1,
      status: 'done',
    };
    const withParts = {
      ...before,
      id: 'b',
      parts: [
        { type: 'reasoning', text: 'Thought' },
        { type: 'text', text: 'An old reply' },
      ],
      usage: { inputTokens: 3, outputTokens: 4 },
      finishReason: 'stop',
    };
    const broken = { ...before, id: 'c', parts: 'not a list' };
    const store = createChatStore();
    const dispose = persistChat(store, saved([before, withParts, broken]));
    await vi.waitFor(() => expect(store.getState().messages).toHaveLength(3));
    const [a, b, c] = store.getState().messages;
    expect(a).toMatchObject({ id: 'a', content: 'An old reply', status: 'done' });
    expect(a.parts).toBeUndefined();
    expect(b).toMatchObject({ parts: withParts.parts, usage: withParts.usage, finishReason: 'stop' });
    expect(c).toMatchObject({ id: 'c', content: 'An old reply' });
    expect(c.parts).toBeUndefined();
    dispose();
  });
});

describe('persistChat with a slow storage', () => {
  it('writes one save at a time, the latest last: an older snapshot never lands after a newer one', async () => {
    const landed: string[][] = [];
    const pending: Array<() => void> = [];
    const storage: ChatStorage = {
      load: () => undefined,
      save: (data) =>
        new Promise<void>((resolve) => {
          pending.push(() => {
            landed.push(data.messages.map((m) => m.content));
            resolve();
          });
        }),
      clear: () => undefined,
    };
    const store = createChatStore();
    const stop = persistChat(store, storage, { saveInterval: 0 });
    // The (empty) history loads first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.getState().pushMessage({ role: 'user', content: 'one' });
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    store.getState().pushMessage({ role: 'user', content: 'two' });
    store.getState().pushMessage({ role: 'user', content: 'three' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The first write is still on its way: nothing else has started.
    expect(pending).toHaveLength(1);
    pending[0]();
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]();
    await vi.waitFor(() => expect(landed).toEqual([['one'], ['one', 'two', 'three']]));
    stop();
  });
});
