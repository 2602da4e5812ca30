// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { openAIStream } from '../../src';
import { createMockModel, tokenize } from '../../src/mock';
import { readOutcome } from '../helpers/sse';

const body = (content: string) => ({ method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content }] }) });

describe('createMockModel', () => {
  it('streams its reply as OpenAI SSE that openAIStream reads back exactly', async () => {
    const text = 'Hello **world**.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n中文也可以 🙂';
    const fetchModel = createMockModel({ reply: text, tokensPerSecond: 0, firstTokenDelay: 0 });
    const response = await fetchModel('/v1/chat/completions', body('hi'));
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(await readOutcome(openAIStream(response))).toEqual({ text });
  });

  it('answers from the conversation when reply is a function', async () => {
    const fetchModel = createMockModel({ reply: (m) => `echo: ${m.at(-1)?.content}`, tokensPerSecond: 0, firstTokenDelay: 0 });
    expect(await readOutcome(openAIStream(await fetchModel('/x', body('ping'))))).toEqual({ text: 'echo: ping' });
  });

  it('fails mid-stream after errorAfter characters, keeping the text before', async () => {
    const fetchModel = createMockModel({
      reply: { text: 'one two three four five', errorAfter: 8, errorMessage: 'GPU on fire' },
      tokensPerSecond: 0,
      firstTokenDelay: 0,
    });
    const outcome = await readOutcome(openAIStream(await fetchModel('/x', body('go'))));
    expect(outcome.text).toBe('one two ');
    expect(outcome.error?.message).toBe('GPU on fire');
  });

  it('answers an HTTP error with a JSON body', async () => {
    const fetchModel = createMockModel({ reply: { text: '', status: 500, statusMessage: 'Internal meltdown' } });
    const response = await fetchModel('/x', body('go'));
    expect(response.status).toBe(500);
    const outcome = await readOutcome(openAIStream(response));
    expect(outcome.error).toMatchObject({ status: 500, message: 'Internal meltdown' });
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const fetchModel = createMockModel({ reply: 'a b c d e f g h i j k l m n o p', tokensPerSecond: 200, firstTokenDelay: 0 });
    const reader = openAIStream(await fetchModel('/x', { ...body('go'), signal: controller.signal })).getReader();
    await reader.read();
    controller.abort();
    await expect(
      (async () => {
        while (!(await reader.read()).done);
      })(),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('paces its output', async () => {
    const fetchModel = createMockModel({ reply: 'one two three four five six', tokensPerSecond: 50, firstTokenDelay: 0 });
    const reader = openAIStream(await fetchModel('/x', body('go'))).getReader();
    let reads = 0;
    while (!(await reader.read()).done) reads += 1;
    expect(reads).toBeGreaterThan(2);
  });

  it('tokenize keeps every character and splits finely', () => {
    const text = 'The quick brown fox 跳过了 lazy dogs.';
    const tokens = tokenize(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...tokens.map((t) => t.trim().split(/\s+/).length))).toBeLessThanOrEqual(2);
  });
});
