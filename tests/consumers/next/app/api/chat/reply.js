import { openAIStream, StreamingTextResponse } from 'pro-chat-next/server';
import { createMockModel } from 'pro-chat-next/mock';

const LONG = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of a long answer.`).join(' ');

/** A fake upstream model (OpenAI SSE) behind the route; a question with "long" gets a slow, long answer. */
export async function reply(request) {
  const { messages } = await request.json();
  const last = messages.at(-1)?.content ?? '';
  const long = last.includes('long');
  const upstream = createMockModel({
    tokensPerSecond: long ? 20 : 15,
    firstTokenDelay: 50,
    reply: long ? LONG : `You said: ${last}. This answer streams token by token, a few words at a time, so you can watch it arrive.`,
  });
  const response = await upstream('https://upstream.invalid/v1/chat/completions', {
    method: 'POST',
    body: JSON.stringify({ messages, stream: true }),
    signal: request.signal,
  });
  return new StreamingTextResponse(openAIStream(response));
}
