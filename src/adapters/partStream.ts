import { errorFromResponse, ProChatError } from '../core/errors';
import type { ChatStreamPart } from '../core/parts';
import { classifyResult } from '../core/request';
import { madeHere } from '../core/stopPolicy';

/**
 * A reader's part events as a stream ProChat reads (and Stop cancels): one part per pull from
 * `parts`; cancelling calls `stop` (cancel the body's reader, abort the SDK's request).
 */
export function partStream(parts: AsyncGenerator<ChatStreamPart, void, undefined>, stop: () => void): ReadableStream<ChatStreamPart> {
  return madeHere(
    new ReadableStream<ChatStreamPart>({
      async pull(controller) {
        const next = await parts.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel() {
        stop();
      },
    }),
  );
}

/** Tool input as the AI SDK reads it: `{}` for empty arguments, an error part for text that is not JSON. */
export function toolInputPart(toolCallId: string, toolName: string, json: string): ChatStreamPart {
  if (!json.trim()) return { type: 'tool-input-available', toolCallId, toolName, input: {} };
  try {
    return { type: 'tool-input-available', toolCallId, toolName, input: JSON.parse(json) };
  } catch {
    return {
      type: 'tool-input-error',
      toolCallId,
      toolName,
      input: json,
      errorText: `The model's arguments for ${toolName || 'a tool'} are not valid JSON: ${json.slice(0, 80)}`,
    };
  }
}

/**
 * The body reader of a provider's streaming Response, or undefined when it has no body. Anything
 * but a Response fails naming what it got (`reader` names the reader and what it reads); a
 * non-2xx response fails with the server's message.
 */
export async function openBody(response: Response, reader: string): Promise<ReadableStreamDefaultReader<Uint8Array> | undefined> {
  if (classifyResult(response).kind !== 'response') {
    throw new ProChatError(`${reader}; it got ${response === null ? 'null' : typeof response}.`, { code: 'invalid_response' });
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response.body?.getReader();
}
