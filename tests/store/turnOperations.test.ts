// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { createChatStore, createMessage, type ChatRequest, type StoredChatMessage } from '../../src';
import { manualStream } from '../helpers/streams';
import { madeHere } from '../../src/core/stopPolicy';

const answerer: ChatRequest = (messages) => `answer to ${messages.at(-1)!.content}`;

function conversation(request: ChatRequest = answerer) {
  const messages = [
    createMessage({ id: 'q1', role: 'user', content: 'first' }),
    createMessage({ id: 'a1', role: 'assistant', content: 'old answer', parentId: 'q1' }),
    createMessage({ id: 'q2', role: 'user', content: 'second' }),
    createMessage({ id: 'a2', role: 'assistant', content: 'second answer', parentId: 'q2' }),
  ];
  return createChatStore({ messages, options: { request, branching: false, scheduleFrame: (cb) => (cb(), () => undefined) } });
}

const contents = (messages: StoredChatMessage[]) => messages.map((m) => `${m.id}:${m.content}`);

// Branching off: pro-chat's overwrite. Versions are tested in versions.test.ts.
describe('turn operations on the store', () => {
  it('deleteMessage with withReplies removes a question and the reply that answers it, nothing else', () => {
    const store = conversation();
    store.getState().deleteMessage('q1', { withReplies: true });
    expect(contents(store.getState().messages)).toEqual(['q2:second', 'a2:second answer']);
  });

  it('deleteMessage without options removes only that message (pro-chat behaviour)', () => {
    const store = conversation();
    store.getState().deleteMessage('q1');
    expect(store.getState().messages.map((m) => m.id)).toEqual(['a1', 'q2', 'a2']);
  });

  it('deleting a question whose reply is streaming stops the reply and keeps the rest', async () => {
    const source = manualStream<string>();
    const store = conversation(() => madeHere(source.stream));
    const sent = store.getState().sendMessage('third');
    source.push('partial');
    const question = store.getState().messages.at(-2)!;
    expect(store.getState().loadingId).not.toBeNull();
    store.getState().deleteMessage(question.id, { withReplies: true });
    expect(store.getState().loadingId).toBeNull();
    await sent;
    expect(source.cancelled).toBe(true);
    expect(store.getState().messages.map((m) => m.id)).toEqual(['q1', 'a1', 'q2', 'a2']);
  });

  it('resendMessage resolves to the new reply, in the old reply’s place', async () => {
    const store = conversation();
    const reply = await store.getState().resendMessage('a1');
    expect(reply).toMatchObject({ role: 'assistant', content: 'answer to first', status: 'done', parentId: 'q1' });
    expect(store.getState().messages[1]).toBe(reply);
    expect(store.getState().messages).toHaveLength(4);
    expect(await store.getState().resendMessage('missing')).toBeUndefined();
  });

  it('editMessage on a question saves the text and answers it again; regenerate: false only saves', async () => {
    const store = conversation();
    const reply = await store.getState().editMessage('q2', 'second, better');
    expect(reply?.content).toBe('answer to second, better');
    expect(contents(store.getState().messages).slice(2)).toEqual(['q2:second, better', `${reply!.id}:answer to second, better`]);

    const none = await store.getState().editMessage('q1', 'first, reworded', { regenerate: false });
    expect(none).toBeUndefined();
    expect(contents(store.getState().messages).slice(0, 2)).toEqual(['q1:first, reworded', 'a1:old answer']);
  });

  it('editMessage on a reply only saves it', async () => {
    const store = conversation();
    expect(await store.getState().editMessage('a2', 'corrected answer')).toBeUndefined();
    expect(contents(store.getState().messages).at(-1)).toBe('a2:corrected answer');
  });

  it('editing a reply made of parts replaces its text where it was and keeps the reasoning and tool calls', async () => {
    const reply = createMessage({
      id: 'r',
      role: 'assistant',
      content: 'Checking.\n\nIt is sunny.',
      parts: [
        { type: 'reasoning', text: 'Need the weather.' },
        { type: 'text', text: 'Checking.' },
        {
          type: 'tool-call',
          toolCallId: 'c',
          toolName: 'get_weather',
          input: {},
          inputText: '{}',
          state: 'output-available',
          output: 'sunny',
        },
        { type: 'text', text: 'It is sunny.' },
      ],
    });
    const store = createChatStore({ messages: [reply], options: { request: () => 'unused' } });
    await store.getState().editMessage('r', 'Sunny all day.');
    const edited = store.getState().getMessageById('r')!;
    expect(edited.content).toBe('Sunny all day.');
    expect(edited.parts?.map((part) => (part.type === 'text' ? `text:${part.text}` : part.type))).toEqual([
      'reasoning',
      'text:Sunny all day.',
      'tool-call',
    ]);
    // pro-chat's setMessageContent does the same.
    store.getState().setMessageContent('r', 'Rain later.');
    expect(
      store
        .getState()
        .getMessageById('r')!
        .parts?.filter((part) => part.type === 'text'),
    ).toEqual([{ type: 'text', text: 'Rain later.' }]);
  });
});
