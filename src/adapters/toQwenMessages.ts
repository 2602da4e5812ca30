import { dataUrlText, isTextFile, parseDataUrl, textFileTag, unsentFileNote } from '../core/attachments';
import type { StoredChatMessage } from '../core/message';
import type { FilePart } from '../core/parts';
import { toOpenAIMessages, type OpenAIToolCall, type ToOpenAIMessagesOptions } from './toOpenAIMessages';

/** A piece of a message in DashScope's native multimodal format: text, or a file by URL (or data URL). */
export type QwenContentItem = { text: string } | { image: string } | { audio: string } | { video: string };

/**
 * A message of DashScope's multimodal generation API (`MultiModalConversation`,
 * `/services/aigc/multimodal-generation/generation`), whose content is always a list.
 */
export type QwenMultimodalMessage =
  | { role: 'system' | 'user'; content: QwenContentItem[] }
  | { role: 'assistant'; content: QwenContentItem[]; tool_calls?: OpenAIToolCall[]; reasoning_content?: string }
  | { role: 'tool'; tool_call_id: string; content: QwenContentItem[] };

/** Images the Qwen-VL models read (GIF and SVG are not among them). */
const QWEN_IMAGES = /^image\/(png|jpe?g|webp|bmp|tiff?|heic|heif)$/i;
const QWEN_AUDIO = /^audio\/(wav|x-wav|wave|mpeg|mp3|aac|amr|flac|x-flac|mp4|x-m4a|m4a|ogg|opus)$/i;
const QWEN_VIDEO = /^video\/(mp4|quicktime|x-msvideo|avi|x-matroska|webm|mpeg)$/i;

const text = (value: string): QwenContentItem[] => (value ? [{ text: value }] : []);

/**
 * One file of a user message as DashScope reads it: an image (Qwen-VL), audio (Qwen-Audio,
 * Qwen-Omni) or video by its URL or data URL; a text file as its text in a `<file name type>`
 * tag; anything else as a note naming it, so the request is not refused.
 */
function fileItem(file: FilePart): QwenContentItem {
  if (QWEN_IMAGES.test(file.mediaType)) return { image: file.url };
  if (QWEN_AUDIO.test(file.mediaType)) return { audio: file.url };
  if (QWEN_VIDEO.test(file.mediaType)) return { video: file.url };
  const fileText = isTextFile(file) && parseDataUrl(file.url) ? dataUrlText(file.url) : undefined;
  if (fileText !== undefined) return { text: textFileTag(file, fileText) };
  return { text: unsentFileNote(file) };
}

/**
 * A conversation as DashScope's native multimodal API reads it (Qwen-VL, Qwen-Audio, Qwen-Omni
 * through `MultiModalConversation`): every message's content as a list of items, a user's files
 * first (`{ image }`, `{ audio }`, `{ video }`, text files as `{ text }`) and then their words.
 * Replies, tool calls and their results follow `toOpenAIMessages` (one assistant message per step
 * with `tool_calls`, a `tool` message per result), with content as `[{ text }]`. For Qwen's text
 * models, and for DashScope's OpenAI-compatible endpoint, `toOpenAIMessages` is the shape.
 */
export function toQwenMessages(messages: readonly StoredChatMessage[], options: ToOpenAIMessagesOptions = {}): QwenMultimodalMessage[] {
  const out: QwenMultimodalMessage[] = [];
  for (const message of messages) {
    if (message.role === 'user') {
      const files = message.parts?.filter((part): part is FilePart => part.type === 'file') ?? [];
      out.push({ role: 'user', content: [...files.map(fileItem), ...text(message.content.trim() ? message.content : '')] });
      continue;
    }
    for (const converted of toOpenAIMessages([message], options)) {
      if (converted.role === 'tool')
        out.push({ role: 'tool', tool_call_id: converted.tool_call_id, content: [{ text: converted.content }] });
      else if (converted.role === 'assistant') {
        // A step that only calls tools has no text item; an empty reply keeps one, so turns still alternate.
        const words = text(converted.content ?? '');
        const step: QwenMultimodalMessage = { role: 'assistant', content: words.length || converted.tool_calls ? words : [{ text: '' }] };
        if (converted.tool_calls) step.tool_calls = converted.tool_calls;
        if (converted.reasoning_content !== undefined) step.reasoning_content = converted.reasoning_content;
        out.push(step);
      } else if (converted.role !== 'user') {
        // DashScope has no `developer` role: its instructions go as a system message.
        out.push({ role: 'system', content: text(converted.content) });
      }
    }
  }
  return out;
}
