import type { FilePart } from './parts';

/**
 * A file sent with a message: a `File` or `Blob` (read into a data URL), or one already stored
 * somewhere (`url`, after an upload), with its media type and name.
 */
export type ChatAttachment = Blob | { url: string; mediaType?: string; filename?: string };

/** What the input accepts; a file that breaks a rule is refused with a message naming it. */
export interface AttachmentRules {
  /** MIME types (`image/png`, `image/*`) and extensions (`.pdf`), as the file input's `accept`. */
  accept?: string | readonly string[];
  /** Most files on one message. */
  maxFiles?: number;
  /** Largest file, in bytes. */
  maxSize?: number;
}

/** Why a file was refused: the rule it broke, for the message shown under the input. */
export type AttachmentRefusal =
  | { rule: 'accept'; filename: string; mediaType: string; accept: string }
  | { rule: 'maxSize'; filename: string; size: number; maxSize: number }
  | { rule: 'maxFiles'; filename: string; maxFiles: number };

/** The accept list as the file input's `accept` attribute reads it. */
export function acceptAttribute(accept: AttachmentRules['accept']): string | undefined {
  if (accept === undefined) return undefined;
  const list = typeof accept === 'string' ? accept.split(',') : accept;
  const joined = list
    .map((item) => item.trim())
    .filter(Boolean)
    .join(',');
  return joined || undefined;
}

/** A byte count as people read it: `812 B`, `3.4 KB`, `20 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

/** Media types read as text: what a model is sent as the file's text rather than as a file. */
export function isTextMediaType(mediaType: string): boolean {
  const type = mediaType.toLowerCase().split(';')[0].trim();
  return (
    type.startsWith('text/') ||
    /^application\/(json|ld\+json|xml|javascript|x-javascript|typescript|x-typescript|x-sh|x-yaml|yaml|toml|x-toml|csv|sql|graphql)$/.test(
      type,
    ) ||
    type.endsWith('+json') ||
    type.endsWith('+xml')
  );
}

/** Base64 of bytes, in slices so a large file does not overflow the argument list. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** A blob as a `data:` URL. */
export async function blobToDataUrl(blob: Blob, mediaType = blob.type || 'application/octet-stream'): Promise<string> {
  return `data:${mediaType};base64,${toBase64(new Uint8Array(await blob.arrayBuffer()))}`;
}

/** Percent-decodes a `data:` URL's body to its bytes; characters that are not escapes are UTF-8. */
function percentBytes(body: string): Uint8Array {
  const out: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < body.length; index += 1) {
    const hex = body[index] === '%' ? body.slice(index + 1, index + 3) : '';
    if (/^[0-9a-f]{2}$/i.test(hex)) {
      out.push(parseInt(hex, 16));
      index += 2;
    } else {
      out.push(...encoder.encode(body[index]));
    }
  }
  return Uint8Array.from(out);
}

/** A `data:` URL split into its media type and its bytes as base64 (undefined for other URLs). */
export function parseDataUrl(url: string): { mediaType: string; base64: string } | undefined {
  const match = /^data:([^,]*),(.*)$/is.exec(url);
  if (!match) return undefined;
  const [type, ...params] = match[1].split(';');
  const mediaType = type.trim().toLowerCase() || 'text/plain';
  const base64 = params.some((param) => param.trim().toLowerCase() === 'base64');
  return { mediaType, base64: base64 ? match[2].replace(/\s/g, '') : toBase64(percentBytes(match[2])) };
}

/** The text a text file's `data:` URL holds (UTF-8), or undefined for other URLs and bad base64. */
export function dataUrlText(url: string): string | undefined {
  const parsed = parseDataUrl(url);
  if (!parsed) return undefined;
  try {
    const binary = atob(parsed.base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/** Extensions of files that are text, whatever media type the system gave them (often none). */
const TEXT_EXTENSIONS =
  /\.(txt|text|md|markdown|mdx|csv|tsv|json|jsonl|ya?ml|toml|ini|cfg|conf|env|log|xml|html?|css|scss|less|js|mjs|cjs|jsx|ts|tsx|py|rb|go|rs|java|kt|swift|c|h|cc|cpp|hpp|cs|php|sh|bash|zsh|ps1|sql|graphql|gql|vue|svelte|tex|rst|srt|vtt)$/i;

/** Whether a file is text: by its media type, or by its name's extension. */
export function isTextFile(file: { mediaType: string; filename?: string }): boolean {
  return isTextMediaType(file.mediaType) || (!!file.filename && TEXT_EXTENSIONS.test(file.filename));
}

/** A text file's text for the model, in a tag that says which file it is (the mock model reads it back). */
export function textFileTag(file: FilePart, text: string): string {
  return `<file name="${(file.filename ?? file.mediaType).replace(/"/g, '&quot;')}" type="${file.mediaType}">\n${text}\n</file>`;
}

/** What a model is told of a file its API cannot take: its name, type, and URL when it has one. */
export function unsentFileNote(file: FilePart): string {
  const where = file.url.startsWith('data:') ? '' : ` at ${file.url}`;
  return `[The user attached ${file.filename ?? 'a file'} (${file.mediaType})${where}; it cannot be sent to the model in this format.]`;
}

/** An attachment as the message's file part: a blob is read into a data URL. */
export async function toFilePart(attachment: ChatAttachment): Promise<FilePart> {
  if (typeof Blob !== 'undefined' && attachment instanceof Blob) {
    const mediaType = attachment.type || 'application/octet-stream';
    const filename = 'name' in attachment && typeof attachment.name === 'string' ? attachment.name : undefined;
    return { type: 'file', mediaType, url: await blobToDataUrl(attachment, mediaType), ...(filename ? { filename } : {}) };
  }
  const stored = attachment as Exclude<ChatAttachment, Blob>;
  if (typeof stored?.url !== 'string' || !stored.url) {
    throw new TypeError(`An attachment is a File, a Blob or { url, mediaType?, filename? }; got ${describe(attachment)}.`);
  }
  const mediaType = stored.mediaType ?? parseDataUrl(stored.url)?.mediaType ?? 'application/octet-stream';
  return { type: 'file', mediaType, url: stored.url, ...(stored.filename ? { filename: stored.filename } : {}) };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return `an object with keys ${Object.keys(value).join(', ') || '(none)'}`;
}
