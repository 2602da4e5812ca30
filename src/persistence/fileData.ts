import type { StoredChatMessage } from '../core/message';

/**
 * A message with the data of its inline files (`data:` URLs longer than `keepUpTo` characters)
 * left out: the file part keeps its name and type, its `url` becomes empty, and the chat shows it
 * as a card. For storage that cannot hold files.
 */
export function withoutFileData(message: StoredChatMessage, keepUpTo = 0): StoredChatMessage {
  if (!message.parts?.some((part) => part.type === 'file' && part.url.startsWith('data:') && part.url.length > keepUpTo)) return message;
  return {
    ...message,
    parts: message.parts.map((part) =>
      part.type === 'file' && part.url.startsWith('data:') && part.url.length > keepUpTo ? { ...part, url: '' } : part,
    ),
  };
}
