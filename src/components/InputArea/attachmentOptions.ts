import type { AttachmentRules } from '../../core/attachments';

/** What `upload` gets besides the file. */
export interface AttachmentUploadContext {
  /** Aborted when the user cancels the upload or removes the file. */
  signal: AbortSignal;
  /** Reports how far the upload is, from 0 to 1, for the file's progress bar. */
  onProgress: (fraction: number) => void;
}

/** Where an uploaded file is now, for the model and for the chat to show. */
export interface UploadedAttachment {
  url: string;
  mediaType?: string;
  filename?: string;
}

/** The input's attachments: the rules, and where files go. */
export interface AttachmentOptions extends AttachmentRules {
  /**
   * Sends a file to your server and resolves to where it is. Without it, files travel inside the
   * message as data URLs (images downscaled first, see `imageMaxEdge`).
   */
  upload?: (file: File, context: AttachmentUploadContext) => Promise<UploadedAttachment>;
  /**
   * Images longer than this on their longer side (in pixels) are downscaled before they are sent
   * (PNG, JPEG and WebP; before `upload` too). `false` sends them as they are.
   * @default 1568
   */
  imageMaxEdge?: number | false;
}
