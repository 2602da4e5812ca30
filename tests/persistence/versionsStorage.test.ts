import { describe, expect, it, vi } from 'vitest';

import {
  createChatStore,
  createMessage,
  localStorageAdapter,
  persistChat,
  restoreConversation,
  type ChatStorage,
  type SavedConversation,
} from '../../src';
import { flushMicrotasks } from '../helpers/streams';

const bigImage = `data:image/png;base64,${'A'.repeat(100_000)}`;
const question = createMessage({
  id: 'q1',
  role: 'user',
  content: 'What is this?',
  parts: [
    { type: 'file', mediaType: 'image/png', url: bigImage, filename: 'photo.png' },
    { type: 'text', text: 'What is this?' },
  ],
});
const reply = createMessage({ id: 'a1', role: 'assistant', content: 'A cat', parentId: 'q1' });
const edited = createMessage({ id: 'q1b', role: 'user', content: 'And this?' });

describe('versions in storage', () => {
  it('a store with versions saves them, and a new store restores them and can show the old version', async () => {
    const data: { saved?: SavedConversation } = {};
    const storage: ChatStorage = { load: () => data.saved, save: (saved) => void (data.saved = saved), clear: () => undefined };
    const store = createChatStore({
      messages: [edited],
      versions: { '': { active: 1, tails: [[question, reply], []] } },
    });
    const stop = persistChat(store, storage, { saveInterval: 0 });
    await flushMicrotasks();
    store.getState().pushMessage({ role: 'assistant', content: 'Another cat' });
    stop();
    expect(data.saved?.versions?.[''].tails[0].map((m) => m.id)).toEqual(['q1', 'a1']);

    const again = createChatStore();
    const stopAgain = persistChat(again, storage);
    await vi.waitFor(() => expect(again.getState().messages).toHaveLength(2));
    expect(again.getState().showVersion('q1b', 0)).toBe(true);
    expect(again.getState().messages.map((m) => m.content)).toEqual(['What is this?', 'A cat']);
    stopAgain();
  });

  it('localStorage leaves large files out of hidden versions too', () => {
    const adapter = localStorageAdapter('versions-files');
    adapter.save({ version: 1, messages: [edited], versions: { '': { active: 1, tails: [[question, reply], []] } } });
    const raw = localStorage.getItem('pro-chat-next:versions-files')!;
    expect(raw.length).toBeLessThan(5_000);
    const back = restoreConversation(adapter.load());
    expect(back.versions[''].tails[0][0].parts?.[0]).toEqual({ type: 'file', mediaType: 'image/png', url: '', filename: 'photo.png' });
  });

  it('malformed versions are left out with a warning; the messages still load, and a streaming reply comes back interrupted', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const restored = restoreConversation({
      version: 1,
      messages: [edited],
      versions: {
        '': { active: 1, tails: [[question, { ...reply, status: 'streaming' }], []] },
        broken: { active: 4, tails: [[]] },
        bad: { active: 0, tails: [[{ id: 1 }], []] },
      },
    });
    expect(restored.messages).toEqual([edited]);
    expect(Object.keys(restored.versions)).toEqual(['']);
    expect(restored.versions[''].tails[0][1]).toMatchObject({ status: 'error', error: { code: 'interrupted' } });
    expect(warn).toHaveBeenCalledWith('[pro-chat-next] Ignoring a saved version:', 'version 0 message 0 at "bad" is malformed');
    warn.mockRestore();
  });
});
