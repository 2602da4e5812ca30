// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { createMockModel, type MockFormat, type MockReply } from '../../src/mock';
import {
  fromAnthropic,
  fromGemini,
  fromOllama,
  fromOpenAI,
  fromOpenAIResponses,
  fromQwen,
  fromUIMessageStream,
  readReply,
  type ChatStreamPart,
} from '../../src/server';
import { collectParts, deltaText } from '../helpers/parts';

/** Each format with the reader that reads it. */
const readers: Record<MockFormat, (response: Response) => ReadableStream<ChatStreamPart>> = {
  openai: (response) => fromOpenAI(response),
  'openai-responses': fromOpenAIResponses,
  anthropic: fromAnthropic,
  gemini: fromGemini,
  ollama: fromOllama,
  qwen: (response) => fromQwen(response, { incremental: true }),
  'ui-message-stream': fromUIMessageStream,
};
const formats = Object.keys(readers) as MockFormat[];

const ask = (format: MockFormat, reply: MockReply, body: Record<string, unknown> = {}) =>
  createMockModel({ format, reply, tokensPerSecond: 0, firstTokenDelay: 0 })('/mock', {
    method: 'POST',
    body: JSON.stringify({ messages: [{ role: 'user', content: 'What is the weather in Paris?' }], ...body }),
  });

const REPLY: MockReply = {
  reasoning: 'The user wants the weather, so I call the tool.',
  text: 'Let me check the weather in **Paris**.',
  toolCalls: [{ id: 'call_w', name: 'get_weather', input: { city: 'Paris', unit: 'celsius' } }],
};

describe('createMockModel({ format }): each provider format, read by its own reader', () => {
  for (const format of formats) {
    it(`${format}: reasoning, text, a tool call with its arguments, usage, tool-calls as the finish reason`, async () => {
      const parts = await collectParts(readers[format](await ask(format, REPLY)));
      expect(deltaText(parts, 'reasoning-delta')).toBe(REPLY.reasoning);
      expect(deltaText(parts)).toBe(REPLY.text);
      expect(parts.find((part) => part.type === 'tool-input-start')).toMatchObject({ toolName: 'get_weather' });
      expect(parts.find((part) => part.type === 'tool-input-available')).toMatchObject({
        toolName: 'get_weather',
        input: { city: 'Paris', unit: 'celsius' },
      });
      const finish = parts.at(-1);
      expect(finish).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
      // The AI SDK carries usage in the message's metadata; the reply builder reads it from there.
      const usage =
        finish?.type === 'finish' ? (finish.usage ?? (finish.messageMetadata as { usage?: unknown } | undefined)?.usage) : undefined;
      if (format !== 'openai') expect(usage).toMatchObject({ inputTokens: expect.any(Number), outputTokens: expect.any(Number) });
    });

    it(`${format}: a text-only reply finishes with stop`, async () => {
      const parts = await collectParts(readers[format](await ask(format, { text: 'Just text.' })));
      expect(deltaText(parts)).toBe('Just text.');
      expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
    });

    it(`${format}: a mid-stream error keeps the text so far and gives the message`, async () => {
      const parts = await collectParts(
        readers[format](await ask(format, { text: 'Half of this arrives.', errorAfter: 7, errorMessage: 'Overloaded, try again.' })),
      );
      expect(deltaText(parts)).toBe('Half of');
      expect(parts.at(-1)).toEqual({ type: 'error', errorText: 'Overloaded, try again.' });
    });

    it(`${format}: an HTTP error in the provider's own shape shows its message`, async () => {
      const response = await ask(format, { text: '', status: 429, statusMessage: 'Slow down.' });
      await expect(collectParts(readers[format](response))).rejects.toThrow('Slow down.');
    });
  }

  for (const format of formats) {
    it(`${format}: two tool calls in one reply keep their own names and arguments`, async () => {
      const parts = await collectParts(
        readers[format](
          await ask(format, {
            text: 'Checking both.',
            toolCalls: [
              { id: 'call_a', name: 'get_weather', input: { city: 'Paris' } },
              { id: 'call_b', name: 'get_time', input: { zone: 'Europe/Paris' } },
            ],
          }),
        ),
      );
      const calls = parts.filter((part) => part.type === 'tool-input-available');
      expect(calls.map((part) => part.type === 'tool-input-available' && [part.toolName, part.input])).toEqual([
        ['get_weather', { city: 'Paris' }],
        ['get_time', { zone: 'Europe/Paris' }],
      ]);
      expect(new Set(calls.map((part) => part.type === 'tool-input-available' && part.toolCallId)).size).toBe(2);
    });

    it(`${format}: a body split every 3 bytes, inside JSON and UTF-8 characters, reads the same`, async () => {
      const text = 'Café au lait, 天气晴朗 🌤️, naïve résumé.';
      const whole = await ask(format, { text, reasoning: 'Über-thinking…' });
      const bytes = new Uint8Array(await whole.arrayBuffer());
      let at = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= bytes.length) return controller.close();
          controller.enqueue(bytes.slice(at, at + 3));
          at += 3;
        },
      });
      const parts = await collectParts(readers[format](new Response(body, { headers: whole.headers })));
      expect(deltaText(parts)).toBe(text);
      expect(deltaText(parts, 'reasoning-delta')).toBe('Über-thinking…');
      expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });
    });
  }

  it("openai: the usage chunk comes when the request asks for it, as OpenAI's does", async () => {
    const parts = await collectParts(fromOpenAI(await ask('openai', { text: 'Hi.' }, { stream_options: { include_usage: true } })));
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop', usage: { inputTokens: expect.any(Number) } });
  });

  it('the UI message stream carries its header, so a Response is read as parts with no reader', async () => {
    const response = await ask('ui-message-stream', { text: 'Auto.' });
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const seen: unknown[] = [];
    for await (const value of readReply(response, new AbortController().signal)) seen.push(value);
    expect(seen).toContainEqual({ type: 'text-delta', id: 'text', delta: 'Auto.' });
  });

  it('reads the conversation from any provider body: Gemini contents, Responses input, DashScope input.messages', async () => {
    const last = async (format: MockFormat, body: Record<string, unknown>) => {
      const response = await createMockModel({ format, tokensPerSecond: 0, firstTokenDelay: 0 })('/mock', {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return deltaText(await collectParts(readers[format](response)));
    };
    expect(await last('gemini', { contents: [{ role: 'user', parts: [{ text: 'hola' }] }] })).toBe('You said: hola');
    expect(await last('openai-responses', { input: 'bonjour' })).toBe('You said: bonjour');
    expect(await last('qwen', { input: { messages: [{ role: 'user', content: '你好' }] } })).toBe('You said: 你好');
  });
});
