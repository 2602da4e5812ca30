import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ChatRequest } from '../../src';
import {
  createConversations,
  remoteConversations,
  type ConversationMeta,
  type ConversationStorage,
  type ConversationsApi,
} from '../../src/conversationsEntry';
import { flushMicrotasks, manualStream, utf8 } from '../helpers/streams';

/** A storage that keeps everything in maps the test can read, and counts the loads. */
function recordingStorage(list?: ConversationMeta[], saved: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(saved));
  const loads: string[] = [];
  const storage: ConversationStorage & { list?: ConversationMeta[] } = {
    list,
    listConversations: () => storage.list,
    saveConversations: (conversations) => {
      storage.list = conversations;
    },
    conversation: (id) => ({
      load: () => {
        loads.push(id);
        return data.get(id);
      },
      save: (value) => void data.set(id, value),
      clear: () => void data.delete(id),
    }),
  };
  return { storage, data, loads };
}

const managers: ConversationsApi[] = [];
// One counter for every manager: ids stay unique across a "reload".
let n = 0;
function manager(options: Parameters<typeof createConversations>[0] = {}) {
  const created = createConversations({ genId: () => `c${(n += 1)}`, saveInterval: 0, ...options });
  managers.push(created);
  return created;
}
afterEach(() => {
  for (const m of managers.splice(0)) m.getState().destroy();
});

/** Gives a conversation's chat a request, as `<ProChat request>` does. */
function answer(conversations: ConversationsApi, id: string, request: ChatRequest) {
  conversations.getState().chatFor(id).getState().setOptions({ request }, 0);
}

const ready = (conversations: ConversationsApi) => vi.waitFor(() => expect(conversations.getState().status).toBe('ready'));
const texts = (conversations: ConversationsApi, id: string) =>
  conversations
    .getState()
    .chatFor(id)
    .getState()
    .messages.map((m) => `${m.role}: ${m.content}`);

describe('createConversations', () => {
  it('lists a new chat with its first message as the title; a new chat while one is empty is that one', async () => {
    const conversations = manager();
    await ready(conversations);
    const first = conversations.getState().activeId;
    expect(conversations.getState().conversations).toEqual([]);
    expect(conversations.getState().create()).toBe(first);

    answer(conversations, first, () => 'Hello!');
    await conversations.getState().chatFor(first).getState().sendMessage('Plan a trip to Lisbon\nin May');
    expect(conversations.getState().conversations).toMatchObject([{ id: first, title: 'Plan a trip to Lisbon' }]);

    const second = conversations.getState().create();
    expect(second).not.toBe(first);
    expect(conversations.getState().activeId).toBe(second);
    expect(conversations.getState().conversations.map((c) => c.id)).toEqual([first]);
  });

  it('a reply keeps streaming when the user switches away, with none of its text in the other chat (Ant X #436)', async () => {
    const conversations = manager();
    await ready(conversations);
    const a = conversations.getState().activeId;
    const source = manualStream<Uint8Array>();
    answer(conversations, a, () => new Response(source.stream));
    const sent = conversations.getState().chatFor(a).getState().sendMessage('Tell me a story');
    source.push(utf8('Once upon '));
    await vi.waitFor(() => expect(conversations.getState().generating).toEqual([a]));

    const b = conversations.getState().create();
    answer(conversations, b, () => 'Fine, thanks.');
    await conversations.getState().chatFor(b).getState().sendMessage('How are you?');
    source.push(utf8('a time.'));
    source.close();
    await sent;

    expect(texts(conversations, b)).toEqual(['user: How are you?', 'assistant: Fine, thanks.']);
    conversations.getState().select(a);
    expect(texts(conversations, a)).toEqual(['user: Tell me a story', 'assistant: Once upon a time.']);
    expect(conversations.getState().generating).toEqual([]);
    // The story ended last, so it is first.
    expect(conversations.getState().conversations.map((c) => c.id)).toEqual([a, b]);
  });

  it('deleting the open conversation mid-stream aborts its request, forgets its messages and opens the next', async () => {
    const { storage, data } = recordingStorage();
    const conversations = manager({ storage });
    await ready(conversations);
    const a = conversations.getState().activeId;
    answer(conversations, a, () => 'Done.');
    await conversations.getState().chatFor(a).getState().sendMessage('First');
    const b = conversations.getState().create();
    let signal: AbortSignal | undefined;
    answer(conversations, b, (_messages, options) => {
      signal = options.signal;
      return new Response(manualStream<Uint8Array>().stream);
    });
    void conversations.getState().chatFor(b).getState().sendMessage('Second');
    await vi.waitFor(() => expect(signal).toBeDefined());

    await conversations.getState().remove(b);
    expect(signal!.aborted).toBe(true);
    expect(data.has(b)).toBe(false);
    expect(conversations.getState().conversations.map((c) => c.id)).toEqual([a]);
    expect(conversations.getState().activeId).toBe(a);
    expect(conversations.getState().generating).toEqual([]);
    expect(storage.list?.map((c) => c.id)).toEqual([a]);
  });

  it('after a reload the list is back and each conversation loads only when opened', async () => {
    const { storage, loads } = recordingStorage();
    const before = manager({ storage });
    await ready(before);
    const a = before.getState().activeId;
    answer(before, a, () => 'Answer A');
    await before.getState().chatFor(a).getState().sendMessage('Question A');
    const b = before.getState().create();
    answer(before, b, () => 'Answer B');
    await before.getState().chatFor(b).getState().sendMessage('Question B');
    before.getState().destroy();
    loads.length = 0;

    const after = manager({ storage });
    await ready(after);
    expect(after.getState().conversations.map((c) => [c.id, c.title])).toEqual([
      [b, 'Question B'],
      [a, 'Question A'],
    ]);
    // Opened where the user left off: the newest.
    expect(after.getState().activeId).toBe(b);
    await vi.waitFor(() => expect(texts(after, b)).toEqual(['user: Question B', 'assistant: Answer B']));
    expect(loads).not.toContain(a);
    after.getState().select(a);
    await vi.waitFor(() => expect(texts(after, a)).toEqual(['user: Question A', 'assistant: Answer A']));
  });

  it('a chat begun before a slow list arrives stays open and is listed first (Ant X #1740)', async () => {
    let deliver!: (list: ConversationMeta[]) => void;
    const old: ConversationMeta = { id: 'old', title: 'Old chat', createdAt: 1, updatedAt: 1 };
    const { storage } = recordingStorage();
    storage.listConversations = () => new Promise<ConversationMeta[]>((resolve) => (deliver = resolve));
    const conversations = manager({ storage });
    const draft = conversations.getState().activeId;
    answer(conversations, draft, () => 'Hi!');
    await conversations.getState().chatFor(draft).getState().sendMessage('Hello');
    deliver([old]);
    await ready(conversations);
    expect(conversations.getState().activeId).toBe(draft);
    expect(conversations.getState().conversations.map((c) => c.id)).toEqual([draft, 'old']);
    expect(texts(conversations, draft)).toEqual(['user: Hello', 'assistant: Hi!']);
  });

  it('a message half typed before a slow list arrives stays on screen; a chat left empty is not kept', async () => {
    let deliver!: (list: ConversationMeta[]) => void;
    const old: ConversationMeta = { id: 'old', title: 'Old chat', createdAt: 1, updatedAt: 1 };
    const { storage } = recordingStorage();
    storage.listConversations = () => new Promise<ConversationMeta[]>((resolve) => (deliver = resolve));
    const conversations = manager({ storage });
    const draft = conversations.getState().activeId;
    conversations.getState().chatFor(draft).getState().setDraft('Half a quest');
    deliver([old]);
    await ready(conversations);
    expect(conversations.getState().activeId).toBe(draft);
    expect(conversations.getState().chatFor(draft).getState().draft).toBe('Half a quest');

    // Each conversation keeps its own draft.
    conversations.getState().select('old');
    conversations.getState().select(draft);
    expect(conversations.getState().chatFor(draft).getState().draft).toBe('Half a quest');

    // A new chat with nothing typed, left for another, is let go at once.
    conversations.getState().chatFor(draft).getState().setDraft('');
    const store = conversations.getState().chatFor(draft);
    conversations.getState().select('old');
    expect(conversations.getState().chatFor(draft)).not.toBe(store);
  });

  it('generateTitle names the chat after its first reply; when it fails the first message stays the title', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const generateTitle = vi.fn(async (messages: { content: string }[]) => {
      if (messages[0].content.includes('fail')) throw new Error('model down');
      return '  Trip to Lisbon ';
    });
    const conversations = manager({ generateTitle });
    await ready(conversations);
    const a = conversations.getState().activeId;
    answer(conversations, a, () => 'Sure.');
    await conversations.getState().chatFor(a).getState().sendMessage('Plan a trip');
    await vi.waitFor(() => expect(conversations.getState().conversations[0]).toMatchObject({ title: 'Trip to Lisbon', titled: true }));
    await conversations.getState().chatFor(a).getState().sendMessage('And hotels?');
    expect(generateTitle).toHaveBeenCalledTimes(1);

    const b = conversations.getState().create();
    answer(conversations, b, () => 'Sure.');
    await conversations.getState().chatFor(b).getState().sendMessage('please fail');
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(conversations.getState().conversations.find((c) => c.id === b)?.title).toBe('please fail');
    warn.mockRestore();
  });

  it('rename keeps the title from then on; a blank name is ignored', async () => {
    const conversations = manager();
    await ready(conversations);
    const a = conversations.getState().activeId;
    answer(conversations, a, () => 'ok');
    await conversations.getState().chatFor(a).getState().sendMessage('first words');
    conversations.getState().rename(a, '   ');
    expect(conversations.getState().conversations[0].title).toBe('first words');
    conversations.getState().rename(a, 'My plan');
    conversations.getState().chatFor(a).getState().setMessages([]);
    await conversations.getState().chatFor(a).getState().sendMessage('other words');
    expect(conversations.getState().conversations[0].title).toBe('My plan');
  });

  it('lets idle chats go beyond keepAlive, saved first; a streaming one stays', async () => {
    const { storage } = recordingStorage();
    const conversations = manager({ storage, keepAlive: 1 });
    await ready(conversations);
    const a = conversations.getState().activeId;
    const source = manualStream<Uint8Array>();
    answer(conversations, a, () => new Response(source.stream));
    const streaming = conversations.getState().chatFor(a).getState().sendMessage('slow');
    const storeA = conversations.getState().chatFor(a);
    const ids = [a];
    for (let i = 0; i < 3; i += 1) {
      const id = conversations.getState().create();
      answer(conversations, id, () => `reply ${i}`);
      await conversations.getState().chatFor(id).getState().sendMessage(`quick ${i}`);
      ids.push(id);
    }
    // The streaming chat was never let go.
    expect(conversations.getState().chatFor(a)).toBe(storeA);
    source.push(utf8('done'));
    source.close();
    await streaming;
    await flushMicrotasks();
    // An idle chat let go comes back from the storage.
    const quick0 = ids[1];
    conversations.getState().select(quick0);
    await vi.waitFor(() => expect(texts(conversations, quick0)).toEqual(['user: quick 0', 'assistant: reply 0']));
  });

  it('remoteConversations completes bare { role, content } messages from the server', async () => {
    const storage = remoteConversations({
      listConversations: async () => [{ id: 's1', title: 'From the server', createdAt: 1, updatedAt: 2 }],
      loadConversation: async () => [
        { role: 'user', content: 'Hi server' },
        { role: 'assistant', content: 'Hello from the database' },
      ],
    });
    const conversations = manager({ storage });
    await ready(conversations);
    expect(conversations.getState().activeId).toBe('s1');
    await vi.waitFor(() => expect(texts(conversations, 's1')).toEqual(['user: Hi server', 'assistant: Hello from the database']));
  });

  it('a list that fails to load is reported and never written over', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const saveConversations = vi.fn();
    const conversations = manager({
      storage: {
        listConversations: () => Promise.reject(new Error('offline')),
        saveConversations,
        conversation: () => recordingStorage().storage.conversation('x'),
      },
    });
    await vi.waitFor(() => expect(conversations.getState().status).toBe('error'));
    const id = conversations.getState().activeId;
    answer(conversations, id, () => 'ok');
    await conversations.getState().chatFor(id).getState().sendMessage('still works');
    expect(texts(conversations, id)).toEqual(['user: still works', 'assistant: ok']);
    expect(saveConversations).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('a message sent before the history is back waits for it: the model gets the history', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const history = {
      version: 1,
      messages: [{ id: 'h1', role: 'user', content: 'Earlier question', status: 'done', createdAt: 1, updatedAt: 1 }],
    };
    const { storage } = recordingStorage([{ id: 'slow', title: 'Earlier question', createdAt: 1, updatedAt: 1 }]);
    const load = storage.conversation;
    storage.conversation = (id) => ({ ...load(id), load: () => gate.then(() => history) });
    const conversations = manager({ storage });
    await ready(conversations);
    const asked: string[][] = [];
    answer(conversations, 'slow', (messages) => {
      asked.push(messages.map((m) => m.content));
      return 'ok';
    });
    const sent = conversations.getState().chatFor('slow').getState().sendMessage('Follow-up');
    release();
    await sent;
    expect(asked).toEqual([['Earlier question', 'Follow-up']]);
    expect(conversations.getState().conversations[0].title).toBe('Earlier question');
  });

  it('a deleted conversation is not saved again after its delete', async () => {
    const { storage, data } = recordingStorage();
    const conversations = manager({ storage, saveInterval: 60_000 });
    await ready(conversations);
    const a = conversations.getState().activeId;
    answer(conversations, a, () => 'reply');
    await conversations.getState().chatFor(a).getState().sendMessage('to delete');
    await conversations.getState().remove(a);
    await flushMicrotasks();
    expect(data.has(a)).toBe(false);
  });
});
