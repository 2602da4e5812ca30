// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { ProChatError, sseTextStream } from '../../src';
import { concatBytes, readOutcome, runAdapter, sseResponse, type SSECase } from '../helpers/sse';

type Provider = SSECase['provider'];
type Field = [name: string, value: string];

const TEXTS = ['Hel', 'lo, ', '世界 🙂', '\nline two', ' "quoted" \\ end'];
const FULL = TEXTS.join('');

/** The data payloads a provider sends for TEXTS, ending the stream the way that provider does. */
function payloads(provider: Provider): string[] {
  if (provider === 'openai') {
    return [
      JSON.stringify({ choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }),
      ...TEXTS.map((t) => JSON.stringify({ choices: [{ index: 0, delta: { content: t }, finish_reason: null }] })),
      JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
      '[DONE]',
    ];
  }
  let sofar = '';
  const events = TEXTS.map((t) => {
    sofar += t;
    const text = provider === 'qwen' ? sofar : t;
    return JSON.stringify({ output: { text, finish_reason: 'null' }, usage: { output_tokens: 1 } });
  });
  const last = provider === 'qwen' ? sofar : '';
  events.push(JSON.stringify({ output: { text: last, finish_reason: 'stop' } }));
  return events;
}

function eventsOf(provider: Provider): Field[][] {
  return payloads(provider).map((data, i) =>
    provider === 'openai'
      ? [['data', data]]
      : [
          ['id', String(i + 1)],
          ['event', 'result'],
          ['data', data],
        ],
  );
}

interface Format {
  eol?: string;
  space?: string;
  bom?: boolean;
  /** Extra lines put before every event. */
  before?: string[];
}

function serialize(events: Field[][], format: Format = {}): string {
  const eol = format.eol ?? '\n';
  const space = format.space ?? ' ';
  const body = events
    .map((fields) => [...(format.before ?? []), ...fields.map(([name, value]) => `${name}:${space}${value}`)].join(eol) + eol + eol)
    .join('');
  return (format.bom ? '\uFEFF' : '') + body;
}

const PROVIDERS: Provider[] = ['openai', 'qwen', 'qwen-incremental'];

/** Runs the body whole, one byte at a time, and in 3-byte chunks: all must give the same result. */
async function expectText(provider: Provider, body: string | Uint8Array, expected: string) {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const whole = await runAdapter(provider, [bytes], { delay: false });
  expect(whole.error).toBeUndefined();
  expect(whole.text).toBe(expected);
  for (const size of [1, 3]) {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
    const split = await runAdapter(provider, parts, { delay: false });
    expect(split).toEqual(whole);
  }
}

describe.each(PROVIDERS)('WHATWG event-stream rules: %s', (provider) => {
  const events = eventsOf(provider);

  it('LF, CR and CRLF line ends give the same text', async () => {
    for (const eol of ['\n', '\r', '\r\n']) await expectText(provider, serialize(events, { eol }), FULL);
  });

  it('a CR ending one chunk pairs with the LF starting the next', async () => {
    const body = serialize(events, { eol: '\r\n' });
    const parts = body.split(/(?<=\r)(?=\n)/); // every chunk but the last ends in CR, the next starts with LF
    expect(parts.length).toBeGreaterThan(4);
    const outcome = await runAdapter(provider, parts, { delay: true });
    expect(outcome).toEqual({ text: FULL });
  });

  it('mixed line ends within one body', async () => {
    const eols = ['\n', '\r', '\r\n'];
    let i = 0;
    const body = events.map((fields) => fields.map(([n, v]) => `${n}: ${v}${eols[i++ % 3]}`).join('') + eols[i++ % 3]).join('');
    await expectText(provider, body, FULL);
  });

  it('comment lines are ignored', async () => {
    await expectText(provider, serialize(events, { before: [': keep-alive', ':'] }), FULL);
    await expectText(provider, `: opening comment\n\n${serialize(events)}`, FULL);
  });

  it('several data lines are joined with LF', async () => {
    // JSON split across data lines is still one JSON document once the lines are joined with LF.
    const split = events.map((fields) =>
      fields.flatMap(([name, value]): Field[] =>
        name === 'data' && value.startsWith('{')
          ? [
              ['data', value.slice(0, 1)],
              ['data', value.slice(1)],
            ]
          : [[name, value]],
      ),
    );
    await expectText(provider, serialize(split), FULL);
  });

  it('the space after the colon is optional, and only one is removed', async () => {
    await expectText(provider, serialize(events, { space: '' }), FULL);
    await expectText(provider, serialize(events, { space: '  ' }), FULL);
  });

  it('a line without a colon is a field with an empty value', async () => {
    // "data" alone adds an empty data line: the JSON gets a leading LF and still parses.
    const withBare = events.map((fields) =>
      fields.flatMap(([name, value]): Field[] =>
        name === 'data' && value.startsWith('{')
          ? [
              ['data', ''],
              [name, value],
            ]
          : [[name, value]],
      ),
    );
    const body = serialize(withBare).replace(/data: \n/g, 'data\n');
    expect(body).toContain('\ndata\n');
    await expectText(provider, body, FULL);
  });

  it('events whose data is only whitespace (blank keep-alives) are skipped, not read as JSON', async () => {
    // `data\ndata\n\n` is an event whose data is "\n"; some servers also send `data:  ` between chunks.
    const keepAlives = events.flatMap((fields, i): Field[][] => (i === 0 ? [fields] : [[['data', '']], [['data', '  ']], fields]));
    const body = serialize([[['data', '']], ...keepAlives]).replace(/^data: \n/, 'data\ndata\n');
    expect(body.startsWith('data\ndata\n\n')).toBe(true);
    await expectText(provider, body, FULL);
  });

  it('one leading BOM is stripped, also when split across chunks', async () => {
    await expectText(provider, serialize(events, { bom: true }), FULL);
  });

  it('a second BOM is not stripped: the first line becomes an unknown field and is ignored', async () => {
    const body = `\uFEFF\uFEFF${serialize(events)}`;
    // OpenAI: "\uFEFFdata" is unknown, so the first event (the role chunk, no text) has no data and
    // is not dispatched. Qwen: "\uFEFFid" is unknown and the event keeps its data.
    expect(await runAdapter(provider, [body], { delay: false })).toEqual({ text: FULL });
  });

  it('unknown fields (and retry) are ignored', async () => {
    await expectText(provider, serialize(events, { before: ['foo: bar', 'retry: 3000', 'Data: shouted'] }), FULL);
  });

  it('an unterminated final event is dropped', async () => {
    const extra =
      provider === 'openai'
        ? JSON.stringify({ choices: [{ delta: { content: 'DROPPED' } }] })
        : JSON.stringify({ output: { text: provider === 'qwen' ? `${FULL}DROPPED` : 'DROPPED', finish_reason: 'null' } });
    const finished = provider === 'openai' ? events.slice(0, -1) : events; // keep finish_reason, drop [DONE]
    await expectText(provider, `${serialize(finished)}data: ${extra}\n`, FULL);
    await expectText(provider, `${serialize(finished)}data: ${extra}`, FULL);
  });

  it('a CR at the very end of the body is a complete line end', async () => {
    const body = serialize(events, { eol: '\r' });
    expect(body.endsWith('\r\r')).toBe(true);
    await expectText(provider, body, FULL);
  });

  it('UTF-8 split anywhere: every 2-way byte split gives the same text', async () => {
    const bytes = new TextEncoder().encode(serialize(events, { eol: '\r\n', bom: true }));
    for (let cut = 1; cut < bytes.length; cut += 1) {
      const outcome = await runAdapter(provider, [bytes.subarray(0, cut), bytes.subarray(cut)], { delay: false });
      if (outcome.text !== FULL || outcome.error) expect({ cut, ...outcome }).toEqual({ cut, text: FULL });
    }
  });
});

describe('sseTextStream (generic)', () => {
  const read = async (body: string, options: Parameters<typeof sseTextStream>[1]) =>
    readOutcome(sseTextStream(sseResponse([body], { delay: false }), options));
  const data = (e: { data: string }) => `[${e.data}]`;

  it('joins data lines with LF, removes one space, and reads a bare field name as an empty value', async () => {
    expect(await read('data: a\ndata:b\ndata:  c\n\ndata\ndata\n\n', { pick: data })).toEqual({ text: '[a\nb\n c][\n]' });
  });

  it('dispatches an event with empty data but not an event with no data lines', async () => {
    expect(await read('data:\n\nevent: x\n\nid: 1\n\ndata: y\n\n', { pick: data })).toEqual({ text: '[][y]' });
  });

  it('passes event names and ids', async () => {
    const picked = await read('event: a\nid: 7\ndata: 1\n\ndata: 2\n\n', { pick: (e) => `${e.event ?? '-'}:${e.id ?? '-'};` });
    expect(picked).toEqual({ text: 'a:7;-:-;' });
  });

  it('isDone ends the stream and ignores what follows; toError fails it after the text before it', async () => {
    expect(await read('data: a\n\ndata: END\n\ndata: b\n\n', { pick: (e) => e.data, isDone: (e) => e.data === 'END' })).toEqual({
      text: 'a',
    });
    const failed = await read('data: a\n\ndata: b\n\nevent: error\ndata: boom\n\ndata: c\n\n', {
      pick: (e) => e.data,
      toError: (e) => (e.event === 'error' ? new Error(e.data) : undefined),
    });
    expect(failed.text).toBe('ab');
    expect(failed.error?.message).toBe('boom');
    expect(failed.error).toBeInstanceOf(ProChatError);
  });

  it('works as the body of a new Response', async () => {
    const stream = sseTextStream(sseResponse(['data: x\n\n', 'data: y\n\n']), { pick: (e) => e.data });
    expect(await new Response(stream).text()).toBe('xy');
  });

  it('a non-2xx response errors with the server message', async () => {
    const outcome = await readOutcome(
      sseTextStream(sseResponse([JSON.stringify({ error: { message: 'bad key' } })], { status: 401 }), { pick: (e) => e.data }),
    );
    expect(outcome.error).toMatchObject({ status: 401, message: 'bad key' });
  });

  it('cancelling the text stream cancels the body', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('data: x\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const reader = sseTextStream(new Response(body), { pick: (e) => e.data }).getReader();
    expect((await reader.read()).value).toEqual(new TextEncoder().encode('x'));
    await reader.cancel();
    expect(cancelled).toBe(true);
  });

  it('emits text from many events in one chunk (pro-chat lost all but one)', async () => {
    const body = concatBytes(['data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n'].map((s) => new TextEncoder().encode(s)));
    expect(await readOutcome(sseTextStream(sseResponse([body]), { pick: (e) => e.data }))).toEqual({ text: '123' });
  });
});
