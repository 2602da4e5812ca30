import { createParser } from 'eventsource-parser';
import { madeHere } from './stopPolicy';

import { ProChatError } from './errors';
import { isChatStreamPart, type ChatStreamPart } from './parts';

/** The header an AI SDK server sets on a UI message stream response. */
export const UI_MESSAGE_STREAM_HEADER = 'x-vercel-ai-ui-message-stream';

/** Whether a Response carries the AI SDK's UI message stream (read as parts, not as text). */
export function isUIMessageStream(response: Response): boolean {
  return response.headers?.get?.(UI_MESSAGE_STREAM_HEADER) === 'v1';
}

/**
 * The part events of a UI message stream body: server-sent events whose data is one JSON part
 * each, ended by `[DONE]`. Cancelling the result cancels the body.
 */
export function uiMessageStreamParts(body: ReadableStream<Uint8Array>): ReadableStream<ChatStreamPart> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const decoder = new TextDecoder();
  let queue: ChatStreamPart[] = [];
  let ended = false;
  let failure: Error | undefined;
  const parser = createParser({
    onEvent(event) {
      if (ended || failure) return;
      const data = event.data;
      if (!data.trim()) return;
      if (data === '[DONE]') {
        ended = true;
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(data);
      } catch {
        failure = new ProChatError(`The UI message stream sent data that is not JSON: ${data.slice(0, 80)}`, { code: 'invalid_chunk' });
        return;
      }
      if (!isChatStreamPart(value)) {
        failure = new ProChatError(`The UI message stream sent ${data.slice(0, 80)}; expected a part such as {"type":"text-delta",…}.`, {
          code: 'invalid_chunk',
        });
        return;
      }
      queue.push(value);
    },
  });
  return madeHere(
    new ReadableStream<ChatStreamPart>({
      async pull(controller) {
        reader ??= body.getReader();
        while (queue.length === 0 && !ended && !failure) {
          const { done, value } = await reader.read();
          if (done) {
            parser.feed(decoder.decode());
            ended = true;
            break;
          }
          parser.feed(decoder.decode(value, { stream: true }));
        }
        const ready = queue;
        queue = [];
        for (const part of ready) controller.enqueue(part);
        if (failure) {
          controller.error(failure);
          reader.cancel().catch(() => undefined);
        } else if (ended && queue.length === 0) {
          controller.close();
          reader.cancel().catch(() => undefined);
        }
      },
      cancel(reason) {
        return (reader ?? body).cancel(reason);
      },
    }),
  );
}
