// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { openAIStream, ProChatError, qwenStream, StreamingTextResponse } from '../../src';
import { readOutcome, sseResponse } from '../helpers/sse';

const oa = (content: unknown, finish: string | null = null) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta: content === undefined ? {} : { content }, finish_reason: finish }] })}\n\n`;
const openai = (chunks: string[], init: Parameters<typeof sseResponse>[1] = {}) => readOutcome(openAIStream(sseResponse(chunks, init)));

describe('openAIStream', () => {
  it('emits choices[0].delta.content and ignores null, empty, missing and non-string content', async () => {
    const outcome = await openai([
      oa(''),
      oa(null),
      oa(undefined),
      oa(42),
      oa('a'),
      'data: {"choices":[]}\n\n',
      'data: {"id":"x","choices":[],"usage":{"total_tokens":3}}\n\n',
      'data: {"choices":[{"index":0,"content_filter_results":{}}],"prompt_filter_results":[]}\n\n',
      oa('b', 'stop'),
      'data: [DONE]\n\n',
    ]);
    expect(outcome).toEqual({ text: 'ab' });
    expect(outcome.text).not.toContain('null');
  });

  it('[DONE] ends the stream; anything after it is ignored', async () => {
    expect(await openai([oa('kept'), 'data: [DONE]\n\n', oa('ignored'), 'data: {"error":{"message":"x"}}\n\n'])).toEqual({
      text: 'kept',
    });
  });

  it('an error payload fails the stream after the text before it', async () => {
    const outcome = await openai([
      oa('partial '),
      oa('text'),
      'data: {"error":{"message":"The server had an error while processing your request.","type":"server_error","code":"server_error"}}\n\n',
      oa('never'),
    ]);
    expect(outcome.text).toBe('partial text');
    expect(outcome.error).toBeInstanceOf(ProChatError);
    expect(outcome.error).toMatchObject({ message: 'The server had an error while processing your request.', code: 'server_error' });
  });

  it('an `event: error` block fails the stream, with JSON or plain text data', async () => {
    const json = await openai([oa('so far'), 'event: error\ndata: {"message":"overloaded","code":"busy"}\n\n']);
    expect(json.text).toBe('so far');
    expect(json.error).toMatchObject({ message: 'overloaded', code: 'busy' });
    const text = await openai([oa('x'), 'event: error\ndata: upstream went away\n\n']);
    expect(text.error?.message).toBe('upstream went away');
  });

  it('all text in one chunk before an error is delivered before the error', async () => {
    const outcome = await openai([`${oa('a')}${oa('b')}data: {"error":{"message":"late"}}\n\n`]);
    expect(outcome.text).toBe('ab');
    expect(outcome.error?.message).toBe('late');
  });

  it('a non-2xx response is an error with the server message and status', async () => {
    const outcome = await openai(
      [
        JSON.stringify({
          error: { message: 'Incorrect API key provided: sk-***', type: 'invalid_request_error', code: 'invalid_api_key' },
        }),
      ],
      { status: 401, headers: { 'content-type': 'application/json' } },
    );
    expect(outcome).toMatchObject({ text: '' });
    expect(outcome.error).toMatchObject({ status: 401, code: 'invalid_api_key', message: 'Incorrect API key provided: sk-***' });
  });

  it('malformed JSON in an event: a clear error, the text so far kept', async () => {
    const outcome = await openai([oa('good '), 'data: {"choices":[{"delta":{"content":"bro\n\n']);
    expect(outcome.text).toBe('good ');
    expect(outcome.error).toMatchObject({ code: 'malformed_event' });
    expect(outcome.error?.message).toMatch(/not valid JSON/);
  });

  it('the connection dropping mid-event keeps the text so far and reports the error', async () => {
    const outcome = await openai([oa('one '), oa('two '), 'data: {"choices":[{"del'], { end: 'error' });
    expect(outcome.text).toBe('one two ');
    expect(outcome.error?.message).toBe('network error');
  });

  it('a stream that ends with neither [DONE] nor finish_reason is reported as cut off', async () => {
    const outcome = await openai([oa('half an ans')]);
    expect(outcome.text).toBe('half an ans');
    expect(outcome.error).toMatchObject({ code: 'incomplete_stream' });
    expect(await readOutcome(openAIStream(sseResponse([oa('ok')]), { requireEnd: false }))).toEqual({ text: 'ok' });
    expect(await openai([oa('ok', 'stop')])).toEqual({ text: 'ok' });
  });

  it('handles a single 1 MB line', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const outcome = await openai([oa(big, 'stop')]);
    expect(outcome.text.length).toBe(big.length);
  });
});

const qw = (text: string, finish = 'null', extra: Record<string, unknown> = {}) =>
  `id:1\nevent:result\n:HTTP_STATUS/200\ndata:${JSON.stringify({ output: { text, finish_reason: finish, ...extra }, usage: {} })}\n\n`;

describe('qwenStream', () => {
  it('full-text mode emits only the new suffix; repeated or unchanged events add nothing', async () => {
    const outcome = await readOutcome(
      qwenStream(sseResponse([qw('你'), qw('你好'), qw('你好'), qw('你'), qw('你好，世界'), qw('你好，世界', 'stop')])),
    );
    expect(outcome).toEqual({ text: '你好，世界' });
  });

  it('incremental mode emits each text as is', async () => {
    const outcome = await readOutcome(qwenStream(sseResponse([qw('1+'), qw('1'), qw('1'), qw('', 'stop')]), { incremental: true }));
    expect(outcome).toEqual({ text: '1+11' });
  });

  it('reads result_format "message" replies in both modes', async () => {
    const msg = (content: string, finish = 'null') =>
      `data:${JSON.stringify({ output: { choices: [{ message: { role: 'assistant', content }, finish_reason: finish }] } })}\n\n`;
    expect(await readOutcome(qwenStream(sseResponse([msg('a'), msg('ab'), msg('abc', 'stop')])))).toEqual({ text: 'abc' });
    expect(await readOutcome(qwenStream(sseResponse([msg('a'), msg('b'), msg('', 'stop')]), { incremental: true }))).toEqual({
      text: 'ab',
    });
  });

  it("reads the multimodal models' content, a list of { text } items", async () => {
    const vl = (items: string[], finish = 'null') =>
      `data:${JSON.stringify({ output: { choices: [{ message: { role: 'assistant', content: items.map((text) => ({ text })) }, finish_reason: finish }] } })}\n\n`;
    expect(
      await readOutcome(qwenStream(sseResponse([vl(['A dog']), vl(['A dog and', ' a girl']), vl(['A dog and a girl.'], 'stop')]))),
    ).toEqual({
      text: 'A dog and a girl.',
    });
  });

  it('event:error fails with the code, message and the HTTP status from the comment', async () => {
    const outcome = await readOutcome(
      qwenStream(
        sseResponse([
          qw('partial'),
          'id:2\nevent:error\n:HTTP_STATUS/429\ndata:{"code":"Throttling.RateQuota","message":"Requests rate limit exceeded"}\n\n',
        ]),
      ),
    );
    expect(outcome.text).toBe('partial');
    expect(outcome.error).toMatchObject({ status: 429, code: 'Throttling.RateQuota', message: 'Requests rate limit exceeded' });
  });

  it('a payload with code and no output is an error even without event:error', async () => {
    const outcome = await readOutcome(
      qwenStream(sseResponse(['data:{"code":"DataInspectionFailed","message":"Input data may contain inappropriate content."}\n\n'])),
    );
    expect(outcome.error).toMatchObject({ code: 'DataInspectionFailed', message: 'Input data may contain inappropriate content.' });
  });

  it('a non-2xx response is an error with DashScope code and message', async () => {
    const outcome = await readOutcome(
      qwenStream(sseResponse(['{"code":"InvalidApiKey","message":"Invalid API-key provided.","request_id":"x"}'], { status: 401 })),
    );
    expect(outcome.error).toMatchObject({ status: 401, code: 'InvalidApiKey', message: 'Invalid API-key provided.' });
  });

  it('a stream that ends before any finish_reason is reported as cut off, keeping the text', async () => {
    const outcome = await readOutcome(qwenStream(sseResponse([qw('half')])));
    expect(outcome.text).toBe('half');
    expect(outcome.error).toMatchObject({ code: 'incomplete_stream' });
  });
});

describe('StreamingTextResponse', () => {
  it('is a Response with a plain-text content type that streams a byte stream, a string stream or an iterable', async () => {
    const bytes = new StreamingTextResponse(new Response('abc').body!);
    expect(bytes).toBeInstanceOf(Response);
    expect(bytes.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await bytes.text()).toBe('abc');

    const strings = new ReadableStream<string>({
      start(c) {
        c.enqueue('中');
        c.enqueue('文');
        c.close();
      },
    });
    expect(await new StreamingTextResponse(strings).text()).toBe('中文');

    async function* gen() {
      yield 'x';
      yield 'y';
    }
    const fromIterable = new StreamingTextResponse(gen(), { headers: { 'x-extra': '1' }, status: 201 });
    expect(fromIterable.status).toBe(201);
    expect(fromIterable.headers.get('x-extra')).toBe('1');
    expect(await fromIterable.text()).toBe('xy');
  });

  it('carries an adapter stream from a server route to the browser', async () => {
    const upstream = sseResponse([oa('Hi'), oa(' there', 'stop'), 'data: [DONE]\n\n']);
    const route = new StreamingTextResponse(openAIStream(upstream));
    expect(await route.text()).toBe('Hi there');
  });
});
