'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

import type { AttachmentRules, ChatAttachment } from '../../core/attachments';
import type { ProChatLocaleStrings } from '../../locale';

const loadWork = () => import('./attachmentWork');

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

/** One file in the input, from the moment it is attached until the message is sent. */
export interface AttachmentItem {
  id: string;
  file: File;
  /** An object URL for an image's thumbnail. */
  preview?: string;
  state: 'preparing' | 'uploading' | 'ready' | 'error';
  /** Upload progress from 0 to 1, when `upload` reports it. */
  progress?: number;
  /** Why the upload failed. */
  error?: string;
  /** What is sent once ready: the (downscaled) file, or where it was uploaded. */
  value?: ChatAttachment;
}

let nextId = 0;

/**
 * The files attached in the input: adding (checked against the rules), preparing (downscaling
 * images), uploading with progress, cancel, retry and remove. `ready` is what a send carries;
 * `busy` is true while any file is still on its way.
 */
export function useAttachments(options: AttachmentOptions | undefined, strings: ProChatLocaleStrings) {
  const [items, setItems] = useState<AttachmentItem[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const latest = useRef(options);
  latest.current = options;
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const controllers = useRef(new Map<string, AbortController>());

  const patch = useCallback((id: string, change: Partial<AttachmentItem>) => {
    setItems((list) => list.map((item) => (item.id === id ? { ...item, ...change } : item)));
  }, []);

  const prepare = useCallback(
    async (item: AttachmentItem) => {
      const controller = new AbortController();
      controllers.current.get(item.id)?.abort();
      controllers.current.set(item.id, controller);
      const live = () => !controller.signal.aborted;
      try {
        const { prepareAttachment } = await loadWork();
        const value = await prepareAttachment(
          item.file,
          latest.current ?? {},
          controller.signal,
          () => live() && patch(item.id, { state: 'uploading', progress: undefined, error: undefined }),
          (progress) => live() && patch(item.id, { progress }),
        );
        if (live()) patch(item.id, { state: 'ready', progress: undefined, value });
      } catch (error) {
        if (live())
          patch(item.id, { state: 'error', error: error instanceof Error && error.message ? error.message : strings.uploadFailed });
      } finally {
        if (controllers.current.get(item.id) === controller) controllers.current.delete(item.id);
      }
    },
    [patch, strings.uploadFailed],
  );

  const add = useCallback(
    async (files: readonly File[]) => {
      if (!files.length) return;
      const { checkAttachments, refusalText } = await loadWork();
      const { accepted, refused } = checkAttachments(files, itemsRef.current.length, latest.current ?? {});
      setRefusals(refused.map((refusal) => refusalText(refusal, strings)));
      const added = accepted.map((file): AttachmentItem => ({
        id: `attachment-${(nextId += 1)}`,
        file,
        preview: file.type.startsWith('image/') && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : undefined,
        state: 'preparing',
      }));
      if (!added.length) return;
      itemsRef.current = [...itemsRef.current, ...added];
      setItems(itemsRef.current);
      for (const item of added) void prepare(item);
    },
    [prepare, strings],
  );

  const forget = (item: AttachmentItem) => {
    controllers.current.get(item.id)?.abort();
    controllers.current.delete(item.id);
    if (item.preview) URL.revokeObjectURL(item.preview);
  };

  const remove = useCallback((id: string) => {
    const item = itemsRef.current.find((candidate) => candidate.id === id);
    if (item) forget(item);
    itemsRef.current = itemsRef.current.filter((candidate) => candidate.id !== id);
    setItems(itemsRef.current);
    setRefusals([]);
  }, []);

  const retry = useCallback(
    (id: string) => {
      const item = itemsRef.current.find((candidate) => candidate.id === id);
      if (!item) return;
      patch(id, { state: 'preparing', error: undefined, progress: undefined });
      void prepare(item);
    },
    [patch, prepare],
  );

  /** After a send: the files went with the message. Their previews are no longer needed. */
  const clear = useCallback(() => {
    for (const item of itemsRef.current) forget(item);
    itemsRef.current = [];
    setItems([]);
    setRefusals([]);
  }, []);

  useEffect(
    () => () => {
      for (const item of itemsRef.current) forget(item);
    },
    [],
  );

  const ready = items.filter((item) => item.state === 'ready').map((item) => item.value!);
  const busy = items.some((item) => item.state !== 'ready');
  return { items, refusals, ready, busy, add, remove, retry, clear };
}
