import { dataUrlText, isTextFile, parseDataUrl, textFileTag, unsentFileNote } from '../core/attachments';
import { isModelRole, type StoredChatMessage } from '../core/message';
import type { FilePart } from '../core/parts';
import { replySteps, toolResultText } from './replySteps';

/** A tool call as an assistant message carries it in OpenAI's chat format. */
export interface OpenAIToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** A piece of a user message with files, in OpenAI's chat format. */
export type OpenAIContentPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: { url: string } }
  | { type: 'input_audio'; input_audio: { data: string; format: 'wav' | 'mp3' } }
  | { type: 'file'; file: { filename?: string; file_data: string } };

/** The chat messages OpenAI's chat completions (and compatible servers) read, as this chat writes them. */
export type OpenAIChatMessage =
  | { role: 'system' | 'developer'; content: string }
  | { role: 'user'; content: string | OpenAIContentPart[] }
  | { role: 'assistant'; content: string | null; tool_calls?: OpenAIToolCall[]; reasoning_content?: string }
  | { role: 'tool'; tool_call_id: string; content: string };

export interface ToOpenAIMessagesOptions {
  /**
   * Send earlier replies' reasoning back as `reasoning_content` (what DeepSeek and Qwen's compatible
   * mode read). Models are mostly not meant to see their past reasoning.
   * @default false
   */
  reasoning?: boolean;
}

/**
 * A conversation as OpenAI chat messages: user, system and developer messages as `{ role, content }`;
 * an assistant reply made of parts as one assistant message per step (its text, and the tool calls
 * it made as `tool_calls` with their arguments as JSON), each followed by a `tool` message per
 * result (an error's text when the tool failed; `The user denied this tool call.` and the user's
 * reason when they refused it). A step ends at a `step-start` part, and where text follows a tool
 * call. Tool calls that have no result yet (arguments streaming or complete, awaiting approval,
 * running) are left out: OpenAI rejects a call that is not answered. DashScope's native API reads
 * the same shape. A user message with files is sent as content parts: its text, images as
 * `image_url`, WAV and MP3 as `input_audio`, text files as their text, PDFs as `file`, and a note
 * naming any other file. Reasoning,
 * sources, the reply's own files and data parts are not sent (reasoning with `{ reasoning: true }`);
 * messages with roles no model reads are skipped.
 */
export function toOpenAIMessages(messages: readonly StoredChatMessage[], options: ToOpenAIMessagesOptions = {}): OpenAIChatMessage[] {
  const out: OpenAIChatMessage[] = [];
  for (const message of messages) {
    if (!isModelRole(message.role)) continue;
    if (message.role === 'user') {
      const files = message.parts?.filter((part): part is FilePart => part.type === 'file') ?? [];
      out.push({ role: 'user', content: files.length ? userContent(message.content, files) : message.content });
      continue;
    }
    if (message.role !== 'assistant') {
      out.push({ role: message.role, content: message.content });
      continue;
    }
    if (!message.parts) {
      out.push({ role: 'assistant', content: message.content });
      continue;
    }
    for (const { text, reasoning, calls } of replySteps(message)) {
      const thought = options.reasoning && reasoning.length ? reasoning.join('\n\n') : undefined;
      if (!text.length && !calls.length && thought === undefined) continue;
      const step: OpenAIChatMessage = { role: 'assistant', content: text.length ? text.join('\n\n') : calls.length ? null : '' };
      if (thought !== undefined) step.reasoning_content = thought;
      if (calls.length) {
        step.tool_calls = calls.map((call) => ({
          id: call.toolCallId,
          type: 'function',
          function: { name: call.toolName, arguments: call.input === undefined ? call.inputText || '{}' : JSON.stringify(call.input) },
        }));
      }
      out.push(step);
      for (const call of calls) out.push({ role: 'tool', tool_call_id: call.toolCallId, content: toolResultText(call)! });
    }
  }
  return out;
}

/** Images chat completions reads (others, such as SVG or HEIC, are refused with a 400). */
const OPENAI_IMAGES = /^image\/(png|jpe?g|webp|gif)$/i;

/**
 * The content parts of a user message with files: its text, then each file as chat completions
 * reads it: PNG, JPEG, WebP and GIF images as `image_url`, WAV and MP3 audio (inline) as
 * `input_audio`, text files (by type or extension) as their text in a `<file name type>` tag, PDFs
 * (inline) as `file`. Any other file, or one only linked by URL that is not an image, is named in a
 * text part: sending it as is would make the API refuse the whole conversation.
 */
function userContent(text: string, files: readonly FilePart[]): OpenAIContentPart[] {
  const content: OpenAIContentPart[] = text.trim() ? [{ type: 'text', text }] : [];
  for (const file of files) {
    const data = parseDataUrl(file.url);
    const audio = /^audio\/(wav|x-wav|wave|mpeg|mp3)$/i.exec(file.mediaType);
    const fileText = isTextFile(file) && data ? dataUrlText(file.url) : undefined;
    if (OPENAI_IMAGES.test(file.mediaType)) content.push({ type: 'image_url', image_url: { url: file.url } });
    else if (audio && data)
      content.push({ type: 'input_audio', input_audio: { data: data.base64, format: /mpeg|mp3/i.test(audio[1]) ? 'mp3' : 'wav' } });
    else if (fileText !== undefined) content.push({ type: 'text', text: textFileTag(file, fileText) });
    else if (file.mediaType === 'application/pdf' && data)
      content.push({ type: 'file', file: { filename: file.filename ?? 'document.pdf', file_data: file.url } });
    else content.push({ type: 'text', text: unsentFileNote(file) });
  }
  return content;
}
