import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  buildRequestMessages,
  createChatStore,
  createMessage,
  normalizeMessages,
  type ChatMessage,
  type ChatRequest,
  type ChatRequestOptions,
  type ModelConfig,
  type StoredChatMessage,
} from '../../src';

const sseBody = (events: string[]) => events.map((data) => `data: ${data}\n\n`).join('');

const sync = { scheduleFrame: (run: () => void) => (run(), () => {}) };

function storeWith(request: ChatRequest | string, extra: Record<string, unknown> = {}) {
  return createChatStore({ options: { request, ...sync, ...extra } });
}

const turn = (n: number): StoredChatMessage[] => [
  createMessage({ id: `u${n}`, role: 'user', content: `question ${n}`, createdAt: n * 10 }),
  createMessage({ id: `a${n}`, role: 'assistant', content: `answer ${n}`, parentId: `u${n}`, createdAt: n * 10 + 1 }),
];

afterEach(() => vi.unstubAllGlobals());

describe('request arguments, both calling styles', () => {
  it('passes (messages, payload + signal, signal); the signal is not enumerable, so spreading gives the payload', async () => {
    const calls: Array<[StoredChatMessage[], ChatRequestOptions, AbortSignal]> = [];
    const store = storeWith((messages, options, signal) => {
      calls.push([messages, options, signal]);
      return 'ok';
    });
    await store.getState().sendMessage('hello');
    const [messages, options, signal] = calls[0];
    expect(messages.map((m) => m.content)).toEqual(['hello']);
    expect(options.signal).toBe(signal);
    expect(signal).toBeInstanceOf(AbortSignal);
    const body = JSON.parse(JSON.stringify(options));
    expect(body).toEqual({
      model: 'gpt-3.5-turbo',
      stream: true,
      temperature: 0.6,
      top_p: 1,
      presence_penalty: 0,
      frequency_penalty: 0,
      messages: JSON.parse(JSON.stringify(messages)),
    });
    expect(Object.keys({ ...options })).not.toContain('signal');
  });

  it('the third argument aborts on Stop', async () => {
    let seen: AbortSignal | undefined;
    const store = storeWith((_m, _o, signal) => {
      seen = signal;
      return new Promise<string>(() => {});
    });
    void store.getState().sendMessage('hi');
    await vi.waitFor(() => expect(seen).toBeDefined());
    expect(seen!.aborted).toBe(false);
    store.getState().stopGenerating();
    expect(seen!.aborted).toBe(true);
  });
});

describe('config', () => {
  const history = [...turn(1), ...turn(2), ...turn(3)];

  it('historyCount (when enabled) keeps the last N messages, the new one included; disabled or 0 sends all', () => {
    const all = [...history, createMessage({ role: 'user', content: 'now' })];
    expect(buildRequestMessages(all, { historyCount: 3, enableHistoryCount: true }).map((m) => m.content)).toEqual([
      'question 3',
      'answer 3',
      'now',
    ]);
    expect(buildRequestMessages(all, { historyCount: 3 })).toHaveLength(7);
    expect(buildRequestMessages(all, { historyCount: 0, enableHistoryCount: true })).toHaveLength(7);
  });

  it('inputTemplate wraps user messages only; systemRole goes first; the stored history is untouched', () => {
    const config: ModelConfig = { systemRole: 'Be brief.', inputTemplate: 'Translate: {{text}} (keep {{ text }})' };
    const sent = buildRequestMessages(history, config);
    expect(sent[0]).toMatchObject({ role: 'system', content: 'Be brief.' });
    expect(sent[1].content).toBe('Translate: question 1 (keep question 1)');
    expect(sent[2].content).toBe('answer 1');
    expect(history[0].content).toBe('question 1');
    // `$&` in the user's text is not a replacement pattern.
    expect(buildRequestMessages([createMessage({ role: 'user', content: 'a $& b' })], config)[1].content).toBe(
      'Translate: a $& b (keep a $& b)',
    );
  });

  it('model and params reach the payload; a config changed between sends applies to the next request', async () => {
    const request = vi.fn<ChatRequest>(() => 'ok');
    const store = createChatStore({ options: { request, ...sync, config: { model: 'qwen-max', params: { temperature: 0.1 } } } });
    await store.getState().sendMessage('one');
    expect(request.mock.calls[0][1]).toMatchObject({ model: 'qwen-max', temperature: 0.1, top_p: 1, stream: true });
    store.getState().setOptions({ request, config: { model: 'gpt-4o', systemRole: 'You are terse.' } });
    await store.getState().sendMessage('two');
    const [messages, payload] = request.mock.calls[1];
    expect(payload).toMatchObject({ model: 'gpt-4o', temperature: 0.6 });
    expect(messages[0]).toMatchObject({ role: 'system', content: 'You are terse.' });
    expect(payload.messages).toBe(messages);
    // The system message is sent, never stored.
    expect(store.getState().messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });
});

describe('request as a URL', () => {
  it('POSTs { messages: [{role, content}], model, stream, ...params } and streams an OpenAI SSE answer', async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(
          sseBody([
            '{"choices":[{"delta":{"content":"Hel"}}]}',
            '{"choices":[{"delta":{"content":"lo"},"finish_reason":"stop"}]}',
            '[DONE]',
          ]),
          { headers: { 'content-type': 'text/event-stream' } },
        ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const store = storeWith('/api/chat', { config: { model: 'm1', params: { temperature: 0.2 }, systemRole: 'sys' } });
    await store.getState().sendMessage('hi');
    expect(store.getState().messages.at(-1)).toMatchObject({ content: 'Hello', status: 'done' });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/chat');
    expect(init.method).toBe('POST');
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(JSON.parse(init.body as string)).toEqual({
      model: 'm1',
      stream: true,
      temperature: 0.2,
      top_p: 1,
      presence_penalty: 0,
      frequency_penalty: 0,
      messages: [
        { role: 'system', content: 'sys' },
        { role: 'user', content: 'hi' },
      ],
    });
  });

  it('streams a plain-text answer as is, and shows a non-2xx answer as the server message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('plain words', { headers: { 'content-type': 'text/plain' } })),
    );
    const store = storeWith('/api/chat');
    await store.getState().sendMessage('hi');
    expect(store.getState().messages.at(-1)).toMatchObject({ content: 'plain words', status: 'done' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ error: { message: 'Quota exceeded' } }), { status: 429 })),
    );
    await store.getState().sendMessage('again');
    const failed = store.getState().messages.at(-1)!;
    expect(failed.status).toBe('error');
    expect(failed.error).toMatchObject({ message: 'Quota exceeded', status: 429, type: 429 });
    expect(store.getState().messages.at(-2)).toMatchObject({ role: 'user', content: 'again' });
  });
});

describe('genMessageId', () => {
  it('makes every new id (sync or async) and gets the messages so far and the parent id', async () => {
    let n = 0;
    const seen: Array<[number, string | undefined]> = [];
    const genMessageId = vi.fn(async (messages: StoredChatMessage[], parentId?: string) => {
      seen.push([messages.length, parentId]);
      await Promise.resolve();
      return `id-${++n}`;
    });
    const store = storeWith(() => 'reply', { genMessageId });
    await store.getState().sendMessage('hi');
    expect(store.getState().messages.map((m) => m.id)).toEqual(['id-1', 'id-2']);
    expect(store.getState().messages[1].parentId).toBe('id-1');
    expect(seen).toEqual([
      [0, ''],
      [1, 'id-1'],
    ]);
    await store.getState().resendMessage('id-2');
    expect(store.getState().messages.map((m) => m.id)).toEqual(['id-1', 'id-3']);
    await store.getState().streamMessage('pushed');
    expect(store.getState().messages.at(-1)!.id).toBe('id-4');

    const syncStore = storeWith(() => 'r', { genMessageId: () => `s-${++n}` });
    expect(syncStore.getState().pushMessage({ role: 'user', content: 'x' }).id).toBe(`s-${n}`);
  });
});

describe('genMessageId that resolves later', () => {
  /** Ids that resolve only when the test says so. */
  function heldIds() {
    const pending: Array<() => void> = [];
    let n = 0;
    const genMessageId = (_messages: StoredChatMessage[], parentId?: string) =>
      parentId ? new Promise<string>((resolve) => pending.push(() => resolve(`reply-${++n}`))) : `user-${++n}`;
    return { genMessageId, release: () => pending.shift()?.() };
  }

  it('a chat cleared while the reply id is made stays empty and asks nothing', async () => {
    const ids = heldIds();
    const request = vi.fn(() => 'answer');
    const store = storeWith(request, { genMessageId: ids.genMessageId });
    const sent = store.getState().sendMessage('question');
    await vi.waitFor(() => expect(store.getState().messages).toHaveLength(1));
    await store.getState().resetMessages();
    ids.release();
    await sent;
    expect(store.getState().messages).toEqual([]);
    expect(request).not.toHaveBeenCalled();
  });

  it('a question edited while the reply id is made is answered as edited, once', async () => {
    const ids = heldIds();
    const request = vi.fn((messages: ChatMessage[]) => `answer to ${String(messages.at(-1)?.content)}`);
    const store = storeWith(request, { genMessageId: ids.genMessageId });
    const sent = store.getState().sendMessage('question');
    await vi.waitFor(() => expect(store.getState().messages).toHaveLength(1));
    const question = store.getState().messages[0];
    store.getState().setMessageContent(question.id, 'edited question');
    ids.release();
    await sent;
    expect(store.getState().messages.map((m) => [m.role, m.content])).toEqual([
      ['user', 'edited question'],
      ['assistant', 'answer to edited question'],
    ]);
  });
});

describe("pro-chat's message shapes", () => {
  it('reads createAt/updateAt, an object map ordered by time, node content and errors without status', () => {
    const map: Record<string, ChatMessage> = {
      b: { id: 'b', role: 'assistant', content: 'second', createAt: 20, updateAt: 25 },
      a: { id: 'a', role: 'user', content: 'first', createAt: 10, updateAt: 10 },
      c: { id: 'c', role: 'assistant', content: { type: 'div' } as unknown as ChatMessage['content'], createAt: 30, updateAt: 30 },
      d: { id: 'd', role: 'assistant', content: 'oops', error: { message: 'bad', type: 500 }, createAt: 40, updateAt: 40 },
    };
    const messages = normalizeMessages(map);
    expect(messages.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(messages[1]).toMatchObject({ createdAt: 20, updatedAt: 25, createAt: 20, updateAt: 25, status: 'done' });
    expect(messages[2].content).toBe('');
    expect(messages[2].node).toEqual({ type: 'div' });
    expect(messages[3].status).toBe('error');
  });

  it('keeps the same array and objects when nothing needs filling in', () => {
    const list = turn(1);
    expect(normalizeMessages(list)).toBe(list);
    const store = createChatStore({ messages: list });
    expect(store.getState().messages).toBe(list);
  });

  it('updates keep both timestamp names in step', async () => {
    const store = storeWith(() => 'x', {});
    store.getState().setMessages(turn(1));
    store.getState().setMessageContent('a1', 'edited');
    const edited = store.getState().getMessageById('a1')!;
    expect(edited.updateAt).toBe(edited.updatedAt);
    expect(edited.updatedAt).toBeGreaterThan(11);
  });
});

describe('a reply with fields', () => {
  it('{ content, ...fields } streams content and sets the fields on the reply', async () => {
    const store = storeWith(async () => ({ content: new Response('streamed'), model: 'gpt-4o', extra: { source: 'kb' } }));
    await store.getState().sendMessage('hi');
    expect(store.getState().messages.at(-1)).toMatchObject({
      content: 'streamed',
      model: 'gpt-4o',
      extra: { source: 'kb' },
      status: 'done',
    });
  });
});

describe('devtools', () => {
  it('connects to the Redux DevTools extension when asked, and not otherwise', async () => {
    const send = vi.fn();
    const connection = { init: vi.fn(), send, subscribe: vi.fn(() => () => {}), unsubscribe: vi.fn(), error: vi.fn() };
    const connect = vi.fn(() => connection);
    vi.stubGlobal('__REDUX_DEVTOOLS_EXTENSION__', { connect });
    createChatStore({ options: { request: () => 'x' } });
    expect(connect).not.toHaveBeenCalled();
    const store = createChatStore({ options: { request: () => 'x', ...sync }, devtools: { name: 'support chat' } });
    // The connector loads on demand.
    await vi.waitFor(() => expect(connect).toHaveBeenCalledWith(expect.objectContaining({ name: 'support chat' })));
    await store.getState().sendMessage('hi');
    expect(send).toHaveBeenCalled();
    // Destroying the store disconnects it; a store destroyed before the connector loads never connects.
    store.getState().destroy();
    expect(connection.unsubscribe).toHaveBeenCalledTimes(1);
    send.mockClear();
    store.getState().setMessages([]);
    expect(send).not.toHaveBeenCalled();
    connect.mockClear();
    createChatStore({ options: { request: () => 'x' }, devtools: true })
      .getState()
      .destroy();
    await import('../../src/store/devtools');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(connect).not.toHaveBeenCalled();
  });
});
