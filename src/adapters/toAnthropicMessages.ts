import { dataUrlText, isTextFile, parseDataUrl, unsentFileNote } from '../core/attachments';
import { isModelRole, type StoredChatMessage } from '../core/message';
import type { FilePart, ToolCallPart } from '../core/parts';
import { replySteps, toolResultText } from './replySteps';

/** A content block of an Anthropic message, as this chat writes them. */
export type AnthropicContentBlock =
  | { type: 'text'; text: string }
  | { type: 'image'; source: AnthropicSource }
  | { type: 'document'; source: AnthropicSource; title?: string }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> }
  | { type: 'tool_result'; tool_use_id: string; content: string; is_error?: true };

/** Where an image's or a document's bytes are: inline as base64, as plain text, or at a URL. */
export type AnthropicSource =
  | { type: 'base64'; media_type: string; data: string }
  | { type: 'text'; media_type: 'text/plain'; data: string }
  | { type: 'url'; url: string };

/** A message of Anthropic's Messages API: its text, or its content blocks. */
export interface AnthropicMessage {
  role: 'user' | 'assistant';
  content: string | AnthropicContentBlock[];
}

/** What a Messages API request carries of the conversation: its `system` prompt and `messages`. */
export interface ToAnthropicMessagesResult {
  /** The system and developer messages, joined by a blank line; absent when there are none. */
  system?: string;
  messages: AnthropicMessage[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A call's arguments as the object `tool_use` needs: its input, else its raw text parsed, else `{}`. */
function toolInput(call: ToolCallPart): Record<string, unknown> {
  if (isRecord(call.input)) return call.input;
  try {
    const parsed: unknown = JSON.parse(call.inputText);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** Images the Messages API reads. */
const ANTHROPIC_IMAGES = /^image\/(png|jpe?g|webp|gif)$/i;

/**
 * A user's file as Anthropic reads it: a PNG, JPEG, WebP or GIF image as an `image` block, a PDF as
 * a `document`, a text file (by type or extension) as a `document` of its text; inline (`data:`
 * URLs) as base64, else by URL. Other files are named in a text block, as the API refuses them.
 */
function fileBlock(file: FilePart): AnthropicContentBlock {
  const data = parseDataUrl(file.url);
  const title = file.filename ? { title: file.filename } : {};
  const source = (mediaType: string): AnthropicSource =>
    data ? { type: 'base64', media_type: mediaType, data: data.base64 } : { type: 'url', url: file.url };
  if (ANTHROPIC_IMAGES.test(file.mediaType)) return { type: 'image', source: source(file.mediaType.toLowerCase().replace('jpg', 'jpeg')) };
  if (file.mediaType === 'application/pdf') return { type: 'document', source: source('application/pdf'), ...title };
  const text = isTextFile(file) && data ? dataUrlText(file.url) : undefined;
  // An empty document is refused: an empty file is named instead.
  if (text) return { type: 'document', source: { type: 'text', media_type: 'text/plain', data: text }, ...title };
  return { type: 'text', text: unsentFileNote(file) };
}

const blocksOf = (content: AnthropicMessage['content']): AnthropicContentBlock[] =>
  typeof content === 'string' ? [{ type: 'text', text: content }] : content;

/**
 * A conversation as Anthropic's Messages API reads it: the system and developer messages as
 * `system`; user messages as `{ role: 'user', content }`; an assistant reply made of parts as one
 * assistant message per step (its text blocks and `tool_use` blocks for the calls it made), each
 * followed by one user message with a `tool_result` block per result (`is_error` when the tool
 * failed or the user denied it; a denial says `The user denied this tool call.` and the user's
 * reason). A step ends at a `step-start` part, and where text follows a tool call. Anthropic wants
 * the roles to alternate, so messages of the same role in a row are merged into one (the results
 * and the user's next question, say). Tool calls that have no result yet are left out: Anthropic
 * rejects a `tool_use` that is not answered. Reasoning is never sent: Anthropic reads thinking
 * blocks back only with their signature, which the chat does not keep. A user's files come before
 * their text, as `image` and `document` blocks. Sources, the reply's own files and data parts are not sent, nor empty messages; messages with roles no model reads are skipped.
 */
export function toAnthropicMessages(messages: readonly StoredChatMessage[]): ToAnthropicMessagesResult {
  const system: string[] = [];
  const out: AnthropicMessage[] = [];
  const push = (role: AnthropicMessage['role'], content: string | AnthropicContentBlock[]) => {
    if (!content.length) return;
    const last = out.at(-1);
    if (last?.role === role) last.content = [...blocksOf(last.content), ...blocksOf(content)];
    else out.push({ role, content });
  };
  for (const message of messages) {
    if (!isModelRole(message.role)) continue;
    if (message.role === 'system' || message.role === 'developer') {
      if (message.content) system.push(message.content);
      continue;
    }
    if (message.role === 'user') {
      const files = message.parts?.filter((part): part is FilePart => part.type === 'file') ?? [];
      push(
        'user',
        files.length ? [...files.map(fileBlock), ...(message.content.trim() ? blocksOf(message.content) : [])] : message.content,
      );
      continue;
    }
    if (!message.parts) {
      push(message.role, message.content);
      continue;
    }
    for (const { text, calls } of replySteps(message)) {
      push('assistant', [
        ...text.map((part): AnthropicContentBlock => ({ type: 'text', text: part })),
        ...calls.map((call): AnthropicContentBlock => ({
          type: 'tool_use',
          id: call.toolCallId,
          name: call.toolName,
          input: toolInput(call),
        })),
      ]);
      push(
        'user',
        calls.map((call): AnthropicContentBlock => ({
          type: 'tool_result',
          tool_use_id: call.toolCallId,
          content: toolResultText(call)!,
          ...(call.state === 'output-error' || call.state === 'output-denied' ? { is_error: true as const } : {}),
        })),
      );
    }
  }
  return system.length ? { system: system.join('\n\n'), messages: out } : { messages: out };
}
