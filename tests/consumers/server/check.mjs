// Runs in an app that installed only the packed tarball, without its peers (no React, no antd):
// `pro-chat-next/server` must load in plain Node, where there is no DOM, and stream a reply.
import assert from 'node:assert/strict';

assert.equal(typeof window, 'undefined', 'this check runs without DOM globals');
assert.equal(typeof document, 'undefined', 'this check runs without DOM globals');
for (const peer of ['react', 'react-dom', 'antd']) {
  await assert.rejects(import(peer), { code: 'ERR_MODULE_NOT_FOUND' }, `${peer} must not be installed here`);
}

const server = await import('pro-chat-next/server');
const { openAIStream, qwenStream, StreamingTextResponse, ProChatError, buildPayload, buildRequestMessages, createMessage } = server;

const encoder = new TextEncoder();
const sse = (events) =>
  new Response(
    new ReadableStream({
      start(controller) {
        for (const event of events) controller.enqueue(encoder.encode(`data: ${event}\n\n`));
        controller.close();
      },
    }),
    { headers: { 'content-type': 'text/event-stream' } },
  );
const chunk = (content) => JSON.stringify({ choices: [{ index: 0, delta: { content } }] });

const text = await new StreamingTextResponse(openAIStream(sse([chunk('Hello'), chunk(', server'), '[DONE]']))).text();
assert.equal(text, 'Hello, server');

const qwen = await new Response(qwenStream(sse([JSON.stringify({ output: { text: '你好', finish_reason: 'stop' } })]))).text();
assert.equal(qwen, '你好');

// A route handler that reads a provider as parts and forwards them as an AI SDK UI message stream.
const { fromOpenAI, fromUIMessageStream, toUIMessageStreamResponse } = server;
const forwarded = toUIMessageStreamResponse(
  fromOpenAI(sse([chunk('Par'), chunk('ts'), JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }), '[DONE]'])),
);
assert.equal(forwarded.headers.get('x-vercel-ai-ui-message-stream'), 'v1');
const received = [];
for await (const part of fromUIMessageStream(forwarded)) received.push(part);
assert.equal(
  received
    .filter((part) => part.type === 'text-delta')
    .map((part) => part.delta)
    .join(''),
  'Parts',
);
assert.deepEqual(received.at(-1), { type: 'finish', finishReason: 'stop' });

const history = [createMessage({ role: 'user', content: 'hi' })];
const payload = buildPayload(undefined, buildRequestMessages(history, undefined));
assert.equal(payload.stream, true);
assert.ok(new ProChatError('x') instanceof Error);

console.log(
  `ok   node-server: pro-chat-next/server in Node ${process.version} without DOM or React; ${Object.keys(server).length} exports; a reply streamed`,
);
