import type { ChatStreamPart } from '../../src/server';

/** Every part event a reader's stream gives, in order. */
export async function collectParts(stream: ReadableStream<ChatStreamPart>): Promise<ChatStreamPart[]> {
  const out: ChatStreamPart[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) out.push(next.value);
  return out;
}

/** The text (or reasoning) the deltas add up to. */
export const deltaText = (parts: ChatStreamPart[], type: 'text-delta' | 'reasoning-delta' = 'text-delta') =>
  parts.map((part) => (part.type === type ? part.delta : '')).join('');

/** A body split every `size` bytes, inside JSON and UTF-8 sequences alike. */
export function splitBody(text: string, size = 5): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}
