import { ProChatError } from '../core/errors';

/** The JSON values of a newline-delimited JSON body (Ollama, the openai SDK's `toReadableStream()`), one per line. */
export async function* ndjsonEvents(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncGenerator<unknown, void, undefined> {
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    while (true) {
      const { done, value } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const lines = buffered.split('\n');
      buffered = done ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        if (!line.trim()) continue;
        try {
          yield JSON.parse(line);
        } catch {
          throw new ProChatError(`The stream sent a line that is not JSON: ${line.slice(0, 80)}`, { code: 'malformed_event' });
        }
      }
      if (done) return;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
