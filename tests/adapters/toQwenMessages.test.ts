// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { createMessage, type MessagePart, type StoredChatMessage } from '../../src';
import { createMockModel } from '../../src/mock';
import { fromQwen, toQwenMessages } from '../../src/server';

const user = (content: string, files: Array<{ mediaType: string; url: string; filename?: string }> = []): StoredChatMessage => ({
  ...createMessage({ id: `u-${content}`, role: 'user', content }),
  ...(files.length
    ? {
        parts: [
          ...files.map((file) => ({ type: 'file' as const, ...file })),
          ...(content ? [{ type: 'text' as const, text: content }] : []),
        ],
      }
    : {}),
});
const reply = (parts: MessagePart[]): StoredChatMessage => ({
  ...createMessage({ id: 'a', role: 'assistant', content: parts.map((part) => (part.type === 'text' ? part.text : '')).join('') }),
  parts,
});

const photo = { mediaType: 'image/jpeg', url: 'data:image/jpeg;base64,/9j/4AAQ', filename: 'dog.jpg' };
const remote = { mediaType: 'image/png', url: 'https://cdn.example.com/girl.png' };
const clip = { mediaType: 'video/mp4', url: 'https://cdn.example.com/walk.mp4', filename: 'walk.mp4' };
const voice = { mediaType: 'audio/mpeg', url: 'https://cdn.example.com/memo.mp3' };
const notes = { mediaType: 'text/plain', url: `data:text/plain;base64,${btoa('buy milk')}`, filename: 'notes.txt' };
const gif = { mediaType: 'image/gif', url: 'data:image/gif;base64,R0lGOD', filename: 'wave.gif' };
const pdf = { mediaType: 'application/pdf', url: 'data:application/pdf;base64,JVBERi0=', filename: 'spec.pdf' };

describe('toQwenMessages: DashScope native multimodal messages', () => {
  it('a user message lists its files first, then its words, each as DashScope items', () => {
    expect(toQwenMessages([user('What is happening here?', [photo, remote, clip, voice, notes, gif, pdf])])).toEqual([
      {
        role: 'user',
        content: [
          { image: photo.url },
          { image: remote.url },
          { video: clip.url },
          { audio: voice.url },
          { text: '<file name="notes.txt" type="text/plain">\nbuy milk\n</file>' },
          { text: '[The user attached wave.gif (image/gif); it cannot be sent to the model in this format.]' },
          { text: '[The user attached spec.pdf (application/pdf); it cannot be sent to the model in this format.]' },
          { text: 'What is happening here?' },
        ],
      },
    ]);
  });

  it('a message of files only has no empty text item; a text message is one item', () => {
    expect(toQwenMessages([user('', [photo]), user('Hi')])).toEqual([
      { role: 'user', content: [{ image: photo.url }] },
      { role: 'user', content: [{ text: 'Hi' }] },
    ]);
  });

  it('system and developer become system; roles no model reads are left out', () => {
    const messages = [
      createMessage({ id: 's', role: 'system', content: 'Be brief.' }),
      createMessage({ id: 'd', role: 'developer', content: 'Answer in English.' }),
      createMessage({ id: 'f', role: 'function', content: 'Working…' }),
      createMessage({ id: 'r', role: 'assistant', content: 'Hello!' }),
    ];
    expect(toQwenMessages(messages)).toEqual([
      { role: 'system', content: [{ text: 'Be brief.' }] },
      { role: 'system', content: [{ text: 'Answer in English.' }] },
      { role: 'assistant', content: [{ text: 'Hello!' }] },
    ]);
  });

  it('tool calls go as tool_calls with no text item, each result as a tool message, then the next step', () => {
    const messages = [
      user('Weather in Paris?'),
      reply([
        { type: 'step-start' },
        {
          type: 'tool-call',
          toolCallId: 'call_1',
          toolName: 'get_weather',
          input: { city: 'Paris' },
          inputText: '{"city":"Paris"}',
          state: 'output-available',
          output: { temperature: 18 },
        },
        { type: 'step-start' },
        { type: 'text', text: 'It is 18 °C.' },
      ]),
    ];
    expect(toQwenMessages(messages).slice(1)).toEqual([
      {
        role: 'assistant',
        content: [],
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: [{ text: '{"temperature":18}' }] },
      { role: 'assistant', content: [{ text: 'It is 18 °C.' }] },
    ]);
  });

  it('an empty reply keeps one empty text item, so the turns still alternate', () => {
    expect(toQwenMessages([createMessage({ id: 'a', role: 'assistant', content: '' })])).toEqual([
      { role: 'assistant', content: [{ text: '' }] },
    ]);
  });

  it("the mock model in DashScope's format reads the files from the request and says what it got", async () => {
    const model = createMockModel({ format: 'qwen' });
    const response = await model('/api/v1/services/aigc/multimodal-generation/generation', {
      method: 'POST',
      body: JSON.stringify({ model: 'qwen-vl-max', input: { messages: toQwenMessages([user('Describe it', [photo, clip])]) } }),
    });
    let text = '';
    for await (const part of fromQwen(response, { incremental: true })) if (part.type === 'text-delta') text += part.delta;
    expect(text).toContain('I see 2 files: an image/jpeg of 6 B; a video/* (by URL).');
  });
});
