/** A DashScope message's content as text: a string, or (multimodal models) a list of `{ text }` items. */
export function qwenContentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  return content
    .map((item) => (item && typeof (item as { text?: unknown }).text === 'string' ? (item as { text: string }).text : ''))
    .join('');
}
