'use client';

import { createContext, useCallback, useContext, useMemo, useState } from 'react';

import { answerText, type StoredChatMessage } from '../../core/message';
import { useChatContext } from '../../store/react';
import { writeClipboard } from '../../ui/CopyButton';
import type { ChatItemRenderConfig } from '../ChatItem/types';

export interface MessageActionsOptions {
  /** Notified after an action runs: `chatItemRenderConfig.actionsCallbacks`. */
  callbacks?: ChatItemRenderConfig['actionsCallbacks'];
  /**
   * After saving an edited user message, answer it again.
   * @default true, unless `callbacks.onEditFinished` is given (then the app decides, as in pro-chat)
   */
  regenerateOnEdit?: boolean;
}

/** What Copy copies: the reply's answer (the last step's text in a reply of several steps). */
export function copyTextOf(message: StoredChatMessage | undefined): string {
  return message ? answerText(message) : '';
}

/** What the built-in action bar does, for one message, ready for a custom `actionsRender`. */
export interface MessageActions {
  /** Copies the message's text (a multi-step reply's answer) to the clipboard. */
  copy: () => Promise<void>;
  /**
   * Regenerates the reply of the message's turn (the reply itself, or a question's reply), then
   * calls `onRegenerateFinished`. Resolves to the new reply.
   */
  regenerate: () => Promise<StoredChatMessage | undefined>;
  /** Whether the message is being edited (in its row, when called inside one). */
  editing: boolean;
  startEdit: () => void;
  cancelEdit: () => void;
  /**
   * Ends editing and saves the text if it changed: calls `onEditFinished`, and answers an edited
   * question again (see `regenerateOnEdit`).
   */
  saveEdit: (content: string) => void;
  /** Awaits `beforeDelFinished`, then deletes the message; a question goes with its reply. */
  remove: () => Promise<void>;
  /** Runs a built-in action by its key: `copy`, `edit`, `regenerate` or `del`. */
  run: (key: string) => void;
}

/** The actions of the row being rendered, so a custom action bar inside it shares its edit state. */
export const RowActionsContext = createContext<{ id: string; actions: MessageActions } | null>(null);

/** The actions for message `id` on the nearest chat store, with an edit state of their own. */
export function useOwnMessageActions(id: string, { callbacks, regenerateOnEdit }: MessageActionsOptions = {}): MessageActions {
  const { store } = useChatContext();
  const [editing, setEditing] = useState(false);

  const copy = useCallback(() => writeClipboard(copyTextOf(store.getState().getMessageById(id))), [store, id]);

  const regenerate = useCallback(async () => {
    const reply = await store.getState().resendMessage(id);
    callbacks?.onRegenerateFinished?.(id, reply?.status === 'error');
    return reply;
  }, [store, id, callbacks]);

  const remove = useCallback(async () => {
    if (!store.getState().getMessageById(id)) return;
    await callbacks?.beforeDelFinished?.(id);
    const current = store.getState().getMessageById(id);
    // Deleting a question removes the reply that answers it too.
    if (current) store.getState().deleteMessage(id, { withReplies: current.role === 'user' });
  }, [store, id, callbacks]);

  const saveEdit = useCallback(
    (content: string) => {
      setEditing(false);
      const state = store.getState();
      const current = state.getMessageById(id);
      if (!current || content === current.content) return;
      // By default an edited question is answered again (as a new version of it, with `branching`),
      // unless the app took the edit over in onEditFinished (pro-chat apps resend from there themselves).
      const answer = current.role === 'user' && (regenerateOnEdit ?? !callbacks?.onEditFinished);
      void state.editMessage(id, content, { regenerate: answer });
      callbacks?.onEditFinished?.(id, content);
    },
    [store, id, callbacks, regenerateOnEdit],
  );

  const startEdit = useCallback(() => setEditing(true), []);
  const cancelEdit = useCallback(() => setEditing(false), []);

  const run = useCallback(
    (key: string) => {
      if (key === 'edit') startEdit();
      else if (key === 'regenerate') void regenerate();
      else if (key === 'del') void remove();
      else if (key === 'copy') copy().catch(() => undefined);
    },
    [startEdit, regenerate, remove, copy],
  );

  return useMemo(
    () => ({ copy, regenerate, editing, startEdit, cancelEdit, saveEdit, remove, run }),
    [copy, regenerate, editing, startEdit, cancelEdit, saveEdit, remove, run],
  );
}

/**
 * Copy, regenerate, edit and delete for message `id`, as the built-in action bar runs them. Inside
 * that message's row (a custom `actionsRender`, `contentRender`, …) these are the row's own actions:
 * `startEdit` opens the row's editor and the row's `actionsCallbacks` are notified. Elsewhere (a
 * list of your own) they come with an edit state of their own and the `options` given.
 */
export function useMessageActions(id: string, options?: MessageActionsOptions): MessageActions {
  const row = useContext(RowActionsContext);
  const own = useOwnMessageActions(id, options);
  return row?.id === id ? row.actions : own;
}
