/**
 * SSE adapter cost: turning OpenAI-style SSE into text with `openAIStream`, against a floor of
 * eventsource-parser alone (streaming UTF-8 decode + parse, no JSON) over the same bytes, in the
 * same run. Prints figures and ratios, writes bench/results/sse-adapter.json.
 *
 *   npm run bench:sse
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createParser } from 'eventsource-parser';

import { openAIStream } from '../src/adapters/openAIStream';

const encoder = new TextEncoder();
const WORDS = ['The', ' model', ' streams', ' tokens', ',', ' 中文', ' and', ' **markdown**', ' `code`', '.\n', ' 🙂', ' over', ' SSE'];

/**
 * About `bytes` of realistic chat-completion chunks (as OpenAI sends them: the same id, created
 * and model in every chunk of one completion), cut into network reads of 1-4 KB.
 */
function makeBody(bytes: number): { chunks: Uint8Array[]; text: string; size: number } {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const events: string[] = [];
  let text = '';
  let size = 0;
  while (size < bytes) {
    const content = WORDS[Math.floor(rand() * WORDS.length)];
    text += content;
    const event = `data: ${JSON.stringify({
      id: 'chatcmpl-bench0000000000000000000',
      object: 'chat.completion.chunk',
      created: 1760000000,
      model: 'gpt-4o-mini-2024-07-18',
      system_fingerprint: 'fp_0123456789',
      choices: [{ index: 0, delta: { content }, logprobs: null, finish_reason: null }],
    })}\n\n`;
    events.push(event);
    size += encoder.encode(event).length;
  }
  events.push(`data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`);
  const all = encoder.encode(events.join(''));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < all.length;) {
    const n = 1024 + Math.floor(rand() * 3072);
    chunks.push(all.slice(at, at + n));
    at += n;
  }
  return { chunks, text, size: all.length };
}

function bodyStream(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
}

/** Floor: read the same stream, decode, feed eventsource-parser; touch each event's data. */
async function floor(chunks: Uint8Array[]): Promise<number> {
  let total = 0;
  const parser = createParser({ onEvent: (e) => (total += e.data.length) });
  const decoder = new TextDecoder();
  const reader = bodyStream(chunks).getReader();
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  return total;
}

async function adapter(chunks: Uint8Array[]): Promise<string> {
  const reader = openAIStream(new Response(bodyStream(chunks))).getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Each round times floor and adapter on every size, one right after the other, so machine noise
 * (this machine is shared) hits all alike; reports medians of the times, of the per-round ratios
 * adapter / floor, and of the per-round growth (largest size / smallest size, same round).
 */
async function measure(bodies: Array<{ chunks: Uint8Array[] }>, rounds: number) {
  const floors = bodies.map(() => [] as number[]);
  const adapters = bodies.map(() => [] as number[]);
  const ratios = bodies.map(() => [] as number[]);
  const growths: number[] = [];
  const floorGrowths: number[] = [];
  const last = bodies.length - 1;
  for (let r = 0; r < rounds; r += 1) {
    for (let i = 0; i < bodies.length; i += 1) {
      // Which side goes first alternates, so neither always inherits the other's garbage.
      let f = 0;
      let a = 0;
      if (r % 2 === 0) {
        f = await time(() => floor(bodies[i].chunks));
        a = await time(() => adapter(bodies[i].chunks));
      } else {
        a = await time(() => adapter(bodies[i].chunks));
        f = await time(() => floor(bodies[i].chunks));
      }
      floors[i].push(f);
      adapters[i].push(a);
      ratios[i].push(a / f);
    }
    growths.push(adapters[last][r] / adapters[0][r]);
    floorGrowths.push(floors[last][r] / floors[0][r]);
  }
  return {
    rows: bodies.map((_, i) => ({ floorMs: median(floors[i]), adapterMs: median(adapters[i]), ratio: median(ratios[i]) })),
    growth: median(growths),
    floorGrowth: median(floorGrowths),
  };
}

async function main() {
  const sizes = [1, 4].map((mb) => ({ mb, body: makeBody(mb * 1024 * 1024) }));
  for (const { body } of sizes) {
    const text = await adapter(body.chunks);
    if (text !== body.text) throw new Error('adapter output differs from the source text');
  }
  // Warm up both paths so the JIT has settled before timing.
  for (let i = 0; i < 10; i += 1) {
    await floor(sizes[0].body.chunks);
    await adapter(sizes[0].body.chunks);
  }
  const result = await measure(
    sizes.map((s) => s.body),
    41,
  );
  const rows = sizes.map(({ mb, body }, i) => ({ mb, bytes: body.size, ...result.rows[i] }));
  const linear = result.growth;
  const table = rows.map((r) => ({
    size: `${r.mb} MB`,
    'eventsource-parser alone (ms)': r.floorMs.toFixed(1),
    'openAIStream (ms)': r.adapterMs.toFixed(1),
    'ratio (target <= 2.0)': r.ratio.toFixed(2),
    'MB/s': (r.bytes / 1048576 / (r.adapterMs / 1000)).toFixed(0),
  }));
  console.table(table);
  console.log(`growth 4 MB / 1 MB: ${linear.toFixed(2)} (target <= 4.4; eventsource-parser alone: ${result.floorGrowth.toFixed(2)})`);
  const pass = rows[0].ratio <= 2 && linear <= 4.4;
  console.log(pass ? 'targets met' : 'TARGET MISSED');
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/sse-adapter.json',
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, rows, growth4to1: linear, floorGrowth4to1: result.floorGrowth, pass },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
