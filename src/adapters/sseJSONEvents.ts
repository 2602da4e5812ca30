import { createParser } from 'eventsource-parser';

import { ProChatError } from '../core/errors';

/**
 * The JSON payloads of an SSE body, one per event (`data: {…}`), until `[DONE]` (which sets
 * `ended`) or the end of the body. Blank data is skipped; an `error` event's payload comes as
 * `{ error: payload }`; data that is not JSON fails the sequence. The reader is cancelled when the
 * sequence ends early.
 */
export async function* sseJSONEvents(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  ended: { value: boolean },
): AsyncGenerator<unknown, void, undefined> {
  const decoder = new TextDecoder();
  let queue: unknown[] = [];
  let failure: Error | undefined;
  const parser = createParser({
    onEvent(event) {
      if (ended.value || failure) return;
      const data = event.data;
      // Blank data (keep-alives) carries nothing.
      if (!/\S/.test(data)) return;
      if (data.trim() === '[DONE]') {
        ended.value = true;
        return;
      }
      try {
        const payload: unknown = JSON.parse(data);
        queue.push(event.event === 'error' ? { error: payload } : payload);
      } catch {
        failure =
          event.event === 'error'
            ? new ProChatError(data, { code: 'stream_error' })
            : new ProChatError(`The server sent an event that is not valid JSON: ${data.slice(0, 80)}`, { code: 'malformed_event' });
      }
    },
  });
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) parser.feed(decoder.decode());
      else parser.feed(decoder.decode(value, { stream: true }));
      const ready = queue;
      queue = [];
      yield* ready;
      if (failure) throw failure;
      if (done || ended.value) return;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
