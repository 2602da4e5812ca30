'use client';

import { useEffect, useMemo, useRef, useState } from 'react';

import type { StoredChatMessage } from '../../core/message';
import type { ProChatLocaleStrings } from '../../locale';
import { useChatContext, useChatStore } from '../../store/react';
import { Prompts, type ChatPrompt } from '../../ui/Prompts';

/**
 * Follow-up suggestions under the last reply: a list, or a function of the conversation called
 * after each reply (it may ask a model). A reply's own `data-suggestions` part wins over both.
 */
export type FollowUpSuggestions = readonly string[] | ((messages: StoredChatMessage[]) => readonly string[] | Promise<readonly string[]>);

/** The strings of a reply's `data-suggestions` part, when it has one. */
function suggestionsPart(message: StoredChatMessage): string[] | undefined {
  const part = message.parts?.find((p) => p.type === 'data-suggestions');
  if (!part || !('data' in part) || !Array.isArray(part.data)) return undefined;
  return part.data.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}

/** The last message when it is a reply that ended well and nothing runs: what suggestions follow. */
function finishedReply(state: { messages: StoredChatMessage[]; loadingId: string | null }): StoredChatMessage | undefined {
  const last = state.messages[state.messages.length - 1];
  return last && last.role === 'assistant' && last.status === 'done' && state.loadingId === null ? last : undefined;
}

export function FollowUps({
  suggestions,
  strings,
  onPick,
  className,
}: {
  className?: string;
  suggestions?: FollowUpSuggestions;
  strings: ProChatLocaleStrings;
  /** Sends the picked suggestion. */
  onPick: (text: string) => void;
}) {
  const { store } = useChatContext();
  const reply = useChatStore(finishedReply);
  const fromPart = useMemo(() => (reply ? suggestionsPart(reply) : undefined), [reply]);
  const [asked, setAsked] = useState<{ id: string; items: readonly string[] } | null>(null);
  const replyId = reply?.id;
  // Asked once per reply: a new function object at each render must not ask again.
  const latest = useRef(suggestions);
  latest.current = suggestions;
  const asks = typeof suggestions === 'function';

  useEffect(() => {
    const ask = latest.current;
    if (!replyId || fromPart || typeof ask !== 'function') return;
    let current = true;
    Promise.resolve()
      .then(() => ask(store.getState().messages))
      .then(
        (items) => {
          if (current && Array.isArray(items)) setAsked({ id: replyId, items });
        },
        (error: unknown) => console.warn('[pro-chat-next] suggestions failed; none are shown:', error),
      );
    return () => {
      current = false;
    };
  }, [replyId, fromPart, asks, store]);

  if (!reply) return null;
  const items = fromPart ?? (typeof suggestions === 'function' ? (asked?.id === reply.id ? asked.items : []) : (suggestions ?? []));
  const prompts: ChatPrompt[] = items.map((text, index) => ({ key: `${index}:${text}`, label: text, message: text }));
  return (
    <Prompts
      className={className}
      items={prompts}
      variant="chips"
      label={strings.followUps}
      onItemClick={(prompt) => onPick(prompt.message ?? '')}
    />
  );
}
