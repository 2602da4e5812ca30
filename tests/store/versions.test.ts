// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { createChatStore, createMessage, type ChatRequest, type StoredChatMessage } from '../../src';
import { madeHere } from '../../src/core/stopPolicy';
import { flushMicrotasks, manualStream } from '../helpers/streams';

function conversation(request?: ChatRequest) {
  const seen: string[][] = [];
  let n = 0;
  const answer: ChatRequest =
    request ??
    ((messages) => {
      seen.push(messages.map((m) => m.content));
      n += 1;
      return `answer ${n} to ${messages.at(-1)!.content}`;
    });
  const messages = [
    createMessage({ id: 'q1', role: 'user', content: 'first' }),
    createMessage({ id: 'a1', role: 'assistant', content: 'old answer', parentId: 'q1' }),
    createMessage({ id: 'q2', role: 'user', content: 'second' }),
    createMessage({ id: 'a2', role: 'assistant', content: 'second answer', parentId: 'q2' }),
  ];
  const store = createChatStore({ messages, options: { request: answer, scheduleFrame: (cb) => (cb(), () => undefined) } });
  return { store, seen };
}

const texts = (messages: StoredChatMessage[]) => messages.map((m) => m.content);

describe('versions (branching, the default)', () => {
  it('regenerating a middle reply keeps the old reply and the turns after it as the version before', async () => {
    const { store, seen } = conversation();
    const reply = await store.getState().resendMessage('a1');
    expect(seen).toEqual([['first']]);
    expect(texts(store.getState().messages)).toEqual(['first', 'answer 1 to first']);
    expect(store.getState().versions.q1).toMatchObject({ active: 1 });
    expect(store.getState().versions.q1.tails[0].map((m) => m.id)).toEqual(['a1', 'q2', 'a2']);

    expect(store.getState().showVersion(reply!.id, 0)).toBe(true);
    expect(texts(store.getState().messages)).toEqual(['first', 'old answer', 'second', 'second answer']);
    expect(store.getState().showVersion('a1', 1)).toBe(true);
    expect(store.getState().messages.map((m) => m.id)).toEqual(['q1', reply!.id]);
    expect(store.getState().showVersion('a1', 5)).toBe(false);
  });

  it('an edited question is a new version with its own id; the request gets only the path on screen', async () => {
    const { store, seen } = conversation();
    const reply = await store.getState().editMessage('q2', 'second, better');
    const [, , edited] = store.getState().messages;
    expect(edited.id).not.toBe('q2');
    expect(edited).toMatchObject({ role: 'user', content: 'second, better', status: 'done' });
    expect(reply).toMatchObject({ parentId: edited.id, content: 'answer 1 to second, better' });
    expect(seen).toEqual([['first', 'old answer', 'second, better']]);

    // A new turn on the second version, then back to the first: the new turn goes with its version.
    await store.getState().sendMessage('third');
    expect(seen.at(-1)).toEqual(['first', 'old answer', 'second, better', 'answer 1 to second, better', 'third']);
    store.getState().showVersion(edited.id, 0);
    expect(texts(store.getState().messages)).toEqual(['first', 'old answer', 'second', 'second answer']);
    await store.getState().sendMessage('fourth');
    expect(seen.at(-1)).toEqual(['first', 'old answer', 'second', 'second answer', 'fourth']);
    store.getState().showVersion('q2', 1);
    expect(texts(store.getState().messages).slice(2)).toEqual([
      'second, better',
      'answer 1 to second, better',
      'third',
      'answer 2 to third',
    ]);
  });

  it('versions nest: a reply regenerated inside the second version of a question keeps its own versions', async () => {
    const { store } = conversation();
    await store.getState().editMessage('q1', 'first, again');
    const question = store.getState().messages[0];
    const firstReply = store.getState().messages[1];
    await store.getState().resendMessage(firstReply.id);
    expect(store.getState().versions[question.id].tails).toHaveLength(2);
    store.getState().showVersion(question.id, 0);
    expect(texts(store.getState().messages)).toEqual(['first', 'old answer', 'second', 'second answer']);
    store.getState().showVersion('q1', 1);
    // The second question comes back with the reply version it showed last.
    expect(texts(store.getState().messages)).toEqual(['first, again', 'answer 2 to first, again']);
    store.getState().showVersion(store.getState().messages[1].id, 0);
    expect(texts(store.getState().messages)).toEqual(['first, again', 'answer 1 to first, again']);
  });

  it('a failed reply is retried in its place, with no version made', async () => {
    let fail = true;
    const { store } = conversation(() => {
      if (fail) throw new Error('server down');
      return 'fine now';
    });
    await store.getState().sendMessage('third');
    expect(store.getState().messages.at(-1)).toMatchObject({ status: 'error' });
    fail = false;
    await store.getState().resendMessage(store.getState().messages.at(-1)!.id);
    expect(store.getState().messages.at(-1)).toMatchObject({ status: 'done', content: 'fine now' });
    expect(store.getState().versions).toEqual({});
  });

  it('showing another version while a reply streams in this one stops it, keeping its text', async () => {
    const source = manualStream<string>();
    const { store } = conversation(() => madeHere(source.stream));
    const regenerating = store.getState().resendMessage('a2');
    source.push('partial');
    await flushMicrotasks();
    const streaming = store.getState().messages.at(-1)!;
    expect(streaming).toMatchObject({ status: 'streaming', content: 'partial' });
    expect(store.getState().showVersion(streaming.id, 0)).toBe(true);
    expect(store.getState().loadingId).toBeNull();
    await regenerating;
    store.getState().showVersion('a2', 1);
    expect(store.getState().messages.at(-1)).toMatchObject({ id: streaming.id, status: 'aborted', content: 'partial' });
  });

  it('deleting what a version holds deletes the version; clearing forgets every version', async () => {
    const { store } = conversation();
    await store.getState().resendMessage('a2');
    const reply = store.getState().messages.at(-1)!;
    store.getState().deleteMessage(reply.id);
    expect(texts(store.getState().messages)).toEqual(['first', 'old answer', 'second', 'second answer']);
    expect(store.getState().versions).toEqual({});

    await store.getState().resendMessage('a1');
    store.getState().clearMessages();
    expect(store.getState().versions).toEqual({});
  });

  it('a list set from outside drops the versions nothing in it reaches; older history keeps the first place', async () => {
    const { store } = conversation();
    await store.getState().editMessage('q1', 'first, again');
    expect(Object.keys(store.getState().versions)).toEqual(['']);
    store.getState().prependMessages([{ id: 'old', role: 'user', content: 'older' }]);
    expect(Object.keys(store.getState().versions)).toEqual(['old']);
    store.getState().showVersion(store.getState().messages[1].id, 0);
    expect(texts(store.getState().messages)).toEqual(['older', 'first', 'old answer', 'second', 'second answer']);

    store.getState().setMessages([{ id: 'x', role: 'user', content: 'elsewhere' }]);
    expect(store.getState().versions).toEqual({});
  });

  it('branching: false overwrites, as pro-chat did', async () => {
    const { store } = conversation();
    store.getState().setOptions({ request: (messages) => `again: ${messages.at(-1)!.content}`, branching: false });
    await store.getState().resendMessage('a1');
    expect(texts(store.getState().messages)).toEqual(['first', 'again: first', 'second', 'second answer']);
    await store.getState().editMessage('q2', 'second, edited');
    expect(
      store
        .getState()
        .messages.map((m) => m.id)
        .slice(0, 3),
    ).toEqual(['q1', store.getState().messages[1].id, 'q2']);
    expect(store.getState().versions).toEqual({});
  });
});
