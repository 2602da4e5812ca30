// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { openAIStream, ProChatError, qwenStream } from '../../src';
import { createMockModel } from '../../src/mock';
import { scanOpenAIChunk } from '../../src/adapters/openAIChunk';
import { readOutcome, sseResponse } from '../helpers/sse';
import { utf8 } from '../helpers/streams';

/** A DeepSeek-style chunk: `content` and `reasoning_content`, one of them null. */
const ds = (delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}) =>
  `data: ${JSON.stringify({
    id: 'a1b2c3',
    object: 'chat.completion.chunk',
    created: 1738000000,
    model: 'deepseek-reasoner',
    system_fingerprint: 'fp_1',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...extra,
  })}\n\n`;

const DEEPSEEK = [
  ds({ role: 'assistant', content: null, reasoning_content: '' }),
  ds({ content: null, reasoning_content: 'Okay, ' }),
  ds({ content: null, reasoning_content: 'the user says "hi" — ' }),
  ds({ content: null, reasoning_content: '中文 🙂\n' }),
  ds({ content: 'Hello', reasoning_content: null }),
  ds({ content: '! 你好 🙂', reasoning_content: null }),
  ds({ content: '', reasoning_content: null }, 'stop', {
    usage: { prompt_tokens: 5, completion_tokens: 9, total_tokens: 14, completion_tokens_details: { reasoning_tokens: 6 } },
  }),
  'data: [DONE]\n\n',
];
const DEEPSEEK_TEXT = '<think>Okay, the user says "hi" — 中文 🙂\n</think>\n\nHello! 你好 🙂';

/** An OpenRouter-style chunk: `reasoning` beside an empty `content`. */
const or = (delta: Record<string, unknown>, finish: string | null = null) =>
  `data: ${JSON.stringify({
    id: 'gen-1',
    provider: 'DeepInfra',
    model: 'deepseek/deepseek-r1',
    object: 'chat.completion.chunk',
    created: 1738000000,
    choices: [{ index: 0, delta, finish_reason: finish, native_finish_reason: finish, logprobs: null }],
  })}\n\n`;

const OPENROUTER = [
  ': OPENROUTER PROCESSING\n\n',
  // Plain form (the fast path's shape) and the form with reasoning_details (JSON.parse only).
  or({ role: 'assistant', content: '', reasoning: 'Think' }),
  or({ role: 'assistant', content: '', reasoning: 'ing' }),
  or({ role: 'assistant', content: '', reasoning: ' hard.', reasoning_details: [{ type: 'reasoning.text', text: ' hard.' }] }),
  or({ role: 'assistant', content: '', reasoning: null }),
  or({ role: 'assistant', content: 'Answer', reasoning: null }),
  or({ role: 'assistant', content: '.', reasoning: null }),
  or({ role: 'assistant', content: '' }, 'stop'),
  'data: [DONE]\n\n',
];

const read = (chunks: Array<string | Uint8Array>, reasoning?: boolean, init: Parameters<typeof sseResponse>[1] = {}) =>
  readOutcome(openAIStream(sseResponse(chunks as string[], init), reasoning === undefined ? {} : { reasoning }));

/** A small seeded PRNG, so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const concat = (parts: string[]) => utf8(parts.join(''));

describe('openAIStream({ reasoning: true })', () => {
  it('DeepSeek: reasoning_content in <think>…</think>, then the answer; usage chunk and [DONE] add nothing', async () => {
    expect(await read(DEEPSEEK, true)).toEqual({ text: DEEPSEEK_TEXT });
  });

  it('OpenRouter: delta.reasoning, also in chunks the fast path accepts', async () => {
    expect(await read(OPENROUTER, true)).toEqual({ text: '<think>Thinking hard.</think>\n\nAnswer.' });
  });

  it('is off by default and with reasoning: false: reasoning fields add nothing', async () => {
    expect(await read(DEEPSEEK)).toEqual({ text: 'Hello! 你好 🙂' });
    expect(await read(DEEPSEEK, false)).toEqual({ text: 'Hello! 你好 🙂' });
    expect(await read(OPENROUTER)).toEqual({ text: 'Answer.' });
  });

  it('a reply without reasoning is unchanged; null and empty reasoning open no block', async () => {
    const chunks = [
      ds({ role: 'assistant', content: '', reasoning_content: '' }),
      ds({ content: null, reasoning_content: null }),
      or({ content: '', reasoning: '' }),
      ds({ content: 'plain', reasoning_content: null }),
      'data: {"choices":[{"delta":{"content":"x","reasoning_content":null}}]}\n\n',
      ds({ content: '' }, 'stop'),
      'data: [DONE]\n\n',
    ];
    expect(await read(chunks, true)).toEqual({ text: 'plainx' });
    expect(await read(chunks, false)).toEqual({ text: 'plainx' });
  });

  it('a chunk with both: the reasoning first, then the close, then the content', async () => {
    const outcome = await read(
      [ds({ content: null, reasoning_content: 'a' }), ds({ content: 'c', reasoning_content: 'b' }), ds({}, 'stop')],
      true,
    );
    expect(outcome).toEqual({ text: '<think>ab</think>\n\nc' });
    expect(await read([ds({ content: 'c', reasoning_content: 'b' }), 'data: [DONE]\n\n'], true)).toEqual({ text: '<think>b</think>\n\nc' });
  });

  it('reasoning after the answer has started is dropped: no second think block', async () => {
    const outcome = await read(
      [
        ds({ content: null, reasoning_content: 'first' }),
        ds({ content: 'one ', reasoning_content: null }),
        ds({ content: null, reasoning_content: 'again' }),
        or({ content: '', reasoning: 'and again' }),
        ds({ content: 'two', reasoning_content: 'late' }),
        'data: [DONE]\n\n',
      ],
      true,
    );
    expect(outcome).toEqual({ text: '<think>first</think>\n\none two' });
    // An answer with no reasoning before it: later reasoning opens nothing either.
    expect(
      await read(
        [ds({ content: 'ans', reasoning_content: null }), ds({ content: null, reasoning_content: 'x' }), 'data: [DONE]\n\n'],
        true,
      ),
    ).toEqual({
      text: 'ans',
    });
  });

  it('reasoning only, then [DONE], finish_reason or the end of the body: the block is closed', async () => {
    const thinking = [ds({ content: null, reasoning_content: 'hmm' })];
    expect(await read([...thinking, 'data: [DONE]\n\n'], true)).toEqual({ text: '<think>hmm</think>\n\n' });
    expect(await read([...thinking, ds({ content: '', reasoning_content: null }, 'length')], true)).toEqual({
      text: '<think>hmm</think>\n\n',
    });
    // Finished on the fast path (the finish chunk has content "" and no reasoning key).
    expect(await read([...thinking, 'data: {"choices":[{"delta":{"content":""},"finish_reason":"length"}]}\n\n'], true)).toEqual({
      text: '<think>hmm</think>\n\n',
    });
    expect(await readOutcome(openAIStream(sseResponse(thinking), { reasoning: true, requireEnd: false }))).toEqual({
      text: '<think>hmm</think>\n\n',
    });
    // Cut off: closed, then the cut-off error.
    const cut = await read(thinking, true);
    expect(cut.text).toBe('<think>hmm</think>\n\n');
    expect(cut.error).toMatchObject({ code: 'incomplete_stream' });
  });

  it('an error mid-reasoning: the text so far is closed, then the stream fails with a ProChatError', async () => {
    const thinking = [ds({ content: null, reasoning_content: 'step 1, ' }), ds({ content: null, reasoning_content: 'step 2' })];
    const payload = await read([...thinking, 'data: {"error":{"message":"overloaded","code":"busy"}}\n\n', ds({ content: 'never' })], true);
    expect(payload.text).toBe('<think>step 1, step 2</think>\n\n');
    expect(payload.error).toBeInstanceOf(ProChatError);
    expect(payload.error).toMatchObject({ message: 'overloaded', code: 'busy' });

    const event = await read([...thinking, 'event: error\ndata: upstream went away\n\n'], true);
    expect(event.text).toBe('<think>step 1, step 2</think>\n\n');
    expect(event.error).toBeInstanceOf(ProChatError);
    expect(event.error?.message).toBe('upstream went away');

    const malformed = await read([...thinking, 'data: {"choices":[{"delta":{"reasoning_content":"bro\n\n'], true);
    expect(malformed.text).toBe('<think>step 1, step 2</think>\n\n');
    expect(malformed.error).toMatchObject({ code: 'malformed_event' });

    // All in one body chunk: same result.
    const oneChunk = await read([`${thinking.join('')}data: {"error":{"message":"late"}}\n\n`], true);
    expect(oneChunk).toMatchObject({ text: '<think>step 1, step 2</think>\n\n' });
    expect(oneChunk.error?.message).toBe('late');

    // An error after the answer started adds no tag.
    const after = await read([...thinking, ds({ content: 'ans' }), 'data: {"error":{"message":"late"}}\n\n'], true);
    expect(after.text).toBe('<think>step 1, step 2</think>\n\nans');
    expect(after.error?.message).toBe('late');
  });

  it('the fast path cannot skip a reasoning value, whatever chunk shapes came before', async () => {
    // The general pattern accepts a reasoning member after the content: the adapter must not
    // take its reading alone.
    expect(scanOpenAIChunk('{"choices":[{"delta":{"content":"","reasoning_content":"r"}}]}')).toEqual({ content: '', finished: false });
    const shaped = (content: string, reasoning: string | null) =>
      `data: {"id":"x1","choices":[{"index":0,"delta":{"content":${JSON.stringify(content)},"reasoning_content":${JSON.stringify(reasoning)}},"finish_reason":null}]}\n\n`;
    // A template is built from chunks with `null` (kept literally), then chunks of the same shape
    // with a string there; then a template with a string there, which any string would match.
    const chunks = [
      shaped('', null),
      shaped('', null),
      shaped('', null),
      shaped('', 'a'),
      shaped('', 'b'),
      shaped('', 'c'),
      shaped('', 'd'),
      shaped('', 'e'),
      shaped('X', null),
      shaped('Y', null),
      shaped('Z', null),
      'data: [DONE]\n\n',
    ];
    expect(await read(chunks, true)).toEqual({ text: '<think>abcde</think>\n\nXYZ' });
    expect(await read(chunks, false)).toEqual({ text: 'XYZ' });
    // Long runs, enough for templates to be rebuilt.
    const many = [
      ...Array.from({ length: 40 }, (_, i) => shaped('', i % 7 === 0 ? null : `r${i} `)),
      ...Array.from({ length: 40 }, (_, i) => shaped(`c${i} `, null)),
      'data: [DONE]\n\n',
    ];
    const reasoningText = Array.from({ length: 40 }, (_, i) => (i % 7 === 0 ? '' : `r${i} `)).join('');
    const answer = Array.from({ length: 40 }, (_, i) => `c${i} `).join('');
    expect(await read(many, true, { delay: false })).toEqual({ text: `<think>${reasoningText}</think>\n\n${answer}` });
    // Key-like text inside a string value changes nothing.
    expect(await read([shaped('', '"reasoning":"x'), shaped('say "reasoning_content":1', null), 'data: [DONE]\n\n'], true)).toEqual({
      text: '<think>"reasoning":"x</think>\n\nsay "reasoning_content":1',
    });
  });

  it('reads the mock model reasoning', async () => {
    const fetchModel = createMockModel({
      reply: { text: 'The answer.', reasoning: 'Let me think about it.' },
      tokensPerSecond: 0,
      firstTokenDelay: 0,
    });
    const response = await fetchModel('/x', { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: 'q' }] }) });
    expect(await readOutcome(openAIStream(response, { reasoning: true }))).toEqual({
      text: '<think>Let me think about it.</think>\n\nThe answer.',
    });
  });

  it('the body split at every byte position, and at many random positions, reads the same', async () => {
    for (const [chunks, expected] of [
      [DEEPSEEK, DEEPSEEK_TEXT],
      [OPENROUTER, '<think>Thinking hard.</think>\n\nAnswer.'],
    ] as const) {
      const bytes = concat([...chunks]);
      for (let at = 0; at <= bytes.length; at += 1) {
        const outcome = await read([bytes.slice(0, at), bytes.slice(at)], true, { delay: false });
        expect(outcome, `split at ${at}`).toEqual({ text: expected });
      }
      const random = rng(bytes.length);
      for (let round = 0; round < 150; round += 1) {
        const cuts = Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * (bytes.length + 1))).sort(
          (a, b) => a - b,
        );
        const parts = [0, ...cuts, bytes.length].slice(1).map((end, i, ends) => bytes.slice(i === 0 ? 0 : ends[i - 1], end));
        const outcome = await read(parts, true, { delay: round % 3 === 0 });
        expect(outcome, `cuts ${cuts.join(',')}`).toEqual({ text: expected });
      }
    }
  });
});

/** A DashScope native event in the `result_format: "message"` form. */
const qm = (message: Record<string, unknown>, finish = 'null') =>
  `id:1\nevent:result\n:HTTP_STATUS/200\ndata:${JSON.stringify({
    output: { choices: [{ message: { role: 'assistant', ...message }, finish_reason: finish }] },
    usage: { input_tokens: 10, output_tokens: 3 },
    request_id: 'r-1',
  })}\n\n`;

const QWEN_FULL = [
  qm({ content: '', reasoning_content: '' }),
  qm({ content: '', reasoning_content: '嗯，' }),
  qm({ content: '', reasoning_content: '嗯，用户问' }),
  qm({ content: '', reasoning_content: '嗯，用户问 1+1。' }),
  qm({ content: '', reasoning_content: '嗯，用户问 1+1。' }),
  qm({ content: '1+1', reasoning_content: '嗯，用户问 1+1。' }),
  qm({ content: '1+1 = 2', reasoning_content: '嗯，用户问 1+1。' }),
  qm({ content: '1+1 = 2 🙂', reasoning_content: '嗯，用户问 1+1。' }, 'stop'),
];
const QWEN_INCREMENTAL = [
  qm({ content: '', reasoning_content: '' }),
  qm({ content: '', reasoning_content: '嗯，' }),
  qm({ content: '', reasoning_content: '用户问' }),
  qm({ content: '', reasoning_content: ' 1+1。' }),
  qm({ content: '1+1', reasoning_content: '' }),
  qm({ content: ' = 2', reasoning_content: '' }),
  qm({ content: ' 🙂', reasoning_content: '' }, 'stop'),
];
const QWEN_TEXT = '<think>嗯，用户问 1+1。</think>\n\n1+1 = 2 🙂';

const qwen = (chunks: Array<string | Uint8Array>, options: Parameters<typeof qwenStream>[1] = {}, delay = true) =>
  readOutcome(qwenStream(sseResponse(chunks as string[], { delay }), options));

describe('qwenStream({ reasoning: true })', () => {
  it('full-text mode: the new suffix of reasoning_content, then of content', async () => {
    expect(await qwen(QWEN_FULL, { reasoning: true })).toEqual({ text: QWEN_TEXT });
  });

  it('incremental mode: each delta as is', async () => {
    expect(await qwen(QWEN_INCREMENTAL, { reasoning: true, incremental: true })).toEqual({ text: QWEN_TEXT });
  });

  it('is off by default', async () => {
    expect(await qwen(QWEN_FULL)).toEqual({ text: '1+1 = 2 🙂' });
    expect(await qwen(QWEN_INCREMENTAL, { incremental: true })).toEqual({ text: '1+1 = 2 🙂' });
  });

  it('reasoning after the answer started is dropped; a reply without reasoning is unchanged', async () => {
    expect(
      await qwen(
        [
          qm({ content: '', reasoning_content: 'r' }),
          qm({ content: 'a', reasoning_content: 'r' }),
          qm({ content: 'a', reasoning_content: 'rr' }),
          qm({ content: 'ab' }, 'stop'),
        ],
        {
          reasoning: true,
        },
      ),
    ).toEqual({ text: '<think>r</think>\n\nab' });
    expect(
      await qwen([qm({ content: 'a', reasoning_content: '' }), qm({ content: 'b', reasoning_content: 'x' }), qm({ content: '' }, 'stop')], {
        reasoning: true,
        incremental: true,
      }),
    ).toEqual({ text: 'ab' });
    const plain = `id:1\nevent:result\ndata:${JSON.stringify({ output: { text: 'hi', finish_reason: 'stop' } })}\n\n`;
    expect(await qwen([plain], { reasoning: true })).toEqual({ text: 'hi' });
  });

  it('reasoning only: closed on finish_reason, and before the cut-off error', async () => {
    expect(
      await qwen([qm({ content: '', reasoning_content: 'hmm' }), qm({ content: '', reasoning_content: 'hmm' }, 'length')], {
        reasoning: true,
      }),
    ).toEqual({
      text: '<think>hmm</think>\n\n',
    });
    const cut = await qwen([qm({ content: '', reasoning_content: 'hmm' })], { reasoning: true });
    expect(cut.text).toBe('<think>hmm</think>\n\n');
    expect(cut.error).toMatchObject({ code: 'incomplete_stream' });
  });

  it('an error mid-reasoning: the text so far is closed, then the DashScope error', async () => {
    const outcome = await qwen(
      [
        qm({ content: '', reasoning_content: '嗯' }),
        'id:2\nevent:error\n:HTTP_STATUS/429\ndata:{"code":"Throttling.RateQuota","message":"Requests rate limit exceeded"}\n\n',
        qm({ content: 'never', reasoning_content: '嗯' }),
      ],
      { reasoning: true },
    );
    expect(outcome.text).toBe('<think>嗯</think>\n\n');
    expect(outcome.error).toBeInstanceOf(ProChatError);
    expect(outcome.error).toMatchObject({ status: 429, code: 'Throttling.RateQuota', message: 'Requests rate limit exceeded' });
  });

  it('the body split at every byte position reads the same, in both modes', async () => {
    for (const [chunks, options] of [
      [QWEN_FULL, { reasoning: true }],
      [QWEN_INCREMENTAL, { reasoning: true, incremental: true }],
    ] as const) {
      const bytes = concat([...chunks]);
      for (let at = 0; at <= bytes.length; at += 1) {
        expect(await qwen([bytes.slice(0, at), bytes.slice(at)], options, false), `split at ${at}`).toEqual({ text: QWEN_TEXT });
      }
    }
  });
});

describe('a chunk carrying both reasoning fields', () => {
  it('shows the reasoning once (some gateways fill reasoning and reasoning_content with the same text)', async () => {
    const body = [
      'data: {"choices":[{"delta":{"reasoning_content":"Plan it.","reasoning":"Plan it."}}]}\n\n',
      'data: {"choices":[{"delta":{"content":"Done."},"finish_reason":"stop"}]}\n\n',
      'data: [DONE]\n\n',
    ].join('');
    const text = await new Response(openAIStream(new Response(body), { reasoning: true })).text();
    expect(text).toBe('<think>Plan it.</think>\n\nDone.');
  });
});
