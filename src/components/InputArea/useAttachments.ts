'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

import type { ChatAttachment } from '../../core/attachments';
import type { ProChatLocaleStrings } from '../../locale';

import type { AttachmentOptions } from './attachmentOptions';

export type { AttachmentOptions, AttachmentUploadContext, UploadedAttachment } from './attachmentOptions';

const loadWork = () => import('./attachmentWork');

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
  // The list lives in a ref, and every change goes through `commit`: each one starts from the
  // latest list, so a file that becomes ready while another is added or removed is never lost.
  const itemsRef = useRef<AttachmentItem[]>([]);
  const [items, setItems] = useState<AttachmentItem[]>(itemsRef.current);
  const commit = useCallback((next: AttachmentItem[]) => {
    itemsRef.current = next;
    setItems(next);
  }, []);
  const [refusals, setRefusals] = useState<string[]>([]);
  const latest = useRef(options);
  latest.current = options;
  const controllers = useRef(new Map<string, AbortController>());

  const patch = useCallback(
    (id: string, change: Partial<AttachmentItem>) =>
      commit(itemsRef.current.map((item) => (item.id === id ? { ...item, ...change } : item))),
    [commit],
  );

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
      commit([...itemsRef.current, ...added]);
      for (const item of added) void prepare(item);
    },
    [commit, prepare, strings],
  );

  const forget = (item: AttachmentItem) => {
    controllers.current.get(item.id)?.abort();
    controllers.current.delete(item.id);
    if (item.preview) URL.revokeObjectURL(item.preview);
  };

  const remove = useCallback(
    (id: string) => {
      const item = itemsRef.current.find((candidate) => candidate.id === id);
      if (item) forget(item);
      commit(itemsRef.current.filter((candidate) => candidate.id !== id));
      setRefusals([]);
    },
    [commit],
  );

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
    commit([]);
    setRefusals([]);
  }, [commit]);

  // Attachments turned off: what was attached goes, so it is neither shown nor sent.
  const enabled = options !== undefined;
  useEffect(() => {
    if (!enabled && itemsRef.current.length) clear();
  }, [enabled, clear]);

  useEffect(
    () => () => {
      for (const item of itemsRef.current) forget(item);
    },
    [],
  );

  const ready = items.filter((item) => item.state === 'ready').map((item) => item.value!);
  // A failed file holds Send too: it is retried or removed, never dropped from the message unseen.
  const busy = items.some((item) => item.state !== 'ready');
  return { items, refusals, ready, busy, add, remove, retry, clear };
}
