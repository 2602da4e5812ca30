import { describe, expect, it, vi } from 'vitest';

import { indexedDBAdapter, localStorageAdapter, type SavedConversation, type StoredChatMessage } from '../../src';

/** A Storage that holds at most `quota` characters in all, like a browser's localStorage. */
function limitedStorage(quota: number): Storage {
  const items = new Map<string, string>();
  const used = () => [...items.values()].reduce((sum, value) => sum + value.length, 0);
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (used() - (items.get(key)?.length ?? 0) + value.length > quota)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const bigImage = `data:image/png;base64,${'A'.repeat(2_000_000)}`;
const icon = `data:image/png;base64,${'B'.repeat(400)}`;
const message = (id: string, content: string, urls: string[]): StoredChatMessage =>
  ({
    id,
    role: 'user',
    content,
    status: 'done',
    createdAt: 1,
    updatedAt: 1,
    parts: [
      ...urls.map((url) => ({ type: 'file' as const, mediaType: 'image/png', url, filename: `${id}.png` })),
      { type: 'text' as const, text: content },
    ],
  }) as StoredChatMessage;
const saved = (messages: StoredChatMessage[]): SavedConversation => ({ version: 1, messages });

describe('attachments and localStorage', () => {
  it('large inline files are never written; small ones and all the text are', () => {
    const storage = limitedStorage(5_000_000);
    const adapter = localStorageAdapter('files', { storage });
    adapter.save(saved([message('a', 'Look at this', [bigImage, icon])]));
    const raw = storage.getItem('pro-chat-next:files')!;
    expect(raw.length).toBeLessThan(10_000);
    const back = (adapter.load() as SavedConversation).messages[0];
    expect(back.content).toBe('Look at this');
    expect(back.parts).toEqual([
      { type: 'file', mediaType: 'image/png', url: '', filename: 'a.png' },
      { type: 'file', mediaType: 'image/png', url: icon, filename: 'a.png' },
      { type: 'text', text: 'Look at this' },
    ]);
  });

  it('a full storage keeps the text: the conversation is saved again without any file data', () => {
    const storage = limitedStorage(50_000);
    storage.setItem('someone-else', 'x'.repeat(40_000));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const adapter = localStorageAdapter('full', { storage, maxFileDataLength: 1_000_000 });
    const many = Array.from({ length: 30 }, (_, index) =>
      message(`m${index}`, `message ${index}`, [`data:image/png;base64,${'C'.repeat(900)}`]),
    );
    adapter.save(saved(many));
    const back = (adapter.load() as SavedConversation).messages;
    expect(back).toHaveLength(30);
    expect(back.map((m) => m.content)).toEqual(many.map((m) => m.content));
    expect(back.every((m) => m.parts!.every((part) => part.type !== 'file' || part.url === ''))).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('was saved without its files: storage is full'), expect.any(DOMException));
    warn.mockRestore();
  });
});

describe('indexedDBAdapter', () => {
  it('without IndexedDB, load rejects with a clear message (persistChat then leaves the chat as it is)', async () => {
    await expect(indexedDBAdapter('x', { indexedDB: undefined }).load()).rejects.toThrow(
      'indexedDBAdapter: this environment has no IndexedDB.',
    );
  });
});
