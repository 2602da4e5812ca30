/**
 * The work behind the input's attachments, loaded the first time a file is attached: checking the
 * rules, downscaling images and uploading. Kept out of the entry chunk, as most chats never attach.
 */
import { checkAttachments } from '../../core/attachmentRules';
import { formatBytes, toFilePart, type AttachmentRefusal, type ChatAttachment } from '../../core/attachments';
import type { ProChatLocaleStrings } from '../../locale';
import { downscaleImage } from '../../ui/downscaleImage';
import type { AttachmentOptions } from './attachmentOptions';

export { checkAttachments };

/** A refusal as the sentence shown to the user. */
export function refusalText(refusal: AttachmentRefusal, strings: ProChatLocaleStrings): string {
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole: string, key: string) => values[key] ?? whole);
  switch (refusal.rule) {
    case 'accept':
      return fill(strings.attachmentType, { name: refusal.filename, accept: refusal.accept });
    case 'maxSize':
      return fill(strings.attachmentTooLarge, {
        name: refusal.filename,
        size: formatBytes(refusal.size),
        max: formatBytes(refusal.maxSize),
      });
    default:
      return fill(strings.attachmentTooMany, { name: refusal.filename, max: String(refusal.maxFiles) });
  }
}

/**
 * A file made ready to send: an image downscaled to `imageMaxEdge`, then uploaded when there is an
 * `upload` (its answer checked), else read into a data URL here, so that a file that cannot be read
 * fails in the input (with Retry and Remove) rather than losing the message when it is sent.
 */
export async function prepareAttachment(
  original: File,
  options: AttachmentOptions,
  signal: AbortSignal,
  onUploading: () => void,
  onProgress: (fraction: number) => void,
): Promise<ChatAttachment> {
  const { upload, imageMaxEdge = 1568 } = options;
  const file = imageMaxEdge && original.type.startsWith('image/') ? await downscaleImage(original, imageMaxEdge) : original;
  if (signal.aborted) return file;
  if (!upload) {
    const { url, mediaType, filename } = await toFilePart(file);
    return { url, mediaType, filename };
  }
  onUploading();
  const uploaded = await upload(file, { signal, onProgress: (fraction) => onProgress(Math.min(1, Math.max(0, fraction))) });
  if (!uploaded || typeof uploaded.url !== 'string') {
    throw new Error(`upload must resolve to { url, mediaType?, filename? }; it resolved to ${JSON.stringify(uploaded)}`);
  }
  return { url: uploaded.url, mediaType: uploaded.mediaType ?? file.type, filename: uploaded.filename ?? file.name };
}
