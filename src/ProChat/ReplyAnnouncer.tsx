'use client';

import { useEffect, useRef, useState, type CSSProperties } from 'react';

import { answerText } from '../core/message';
import type { ProChatLocaleStrings } from '../locale';
import { useChatContext } from '../store/react';

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Longest reply read out in full; longer ones are announced as finished, to be read in the log. */
const MAX_ANNOUNCED = 600;

/**
 * A polite live region that tells screen-reader users a reply started, then the final reply once
 * (or that it stopped or failed), instead of every streamed token.
 */
export function ReplyAnnouncer({ strings }: { strings: ProChatLocaleStrings }) {
  const { store } = useChatContext();
  const [announcement, setAnnouncement] = useState('');
  const stringsRef = useRef(strings);
  stringsRef.current = strings;

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.loadingId === previous.loadingId) return;
        const text = stringsRef.current;
        if (state.loadingId) setAnnouncement(text.replyStarted);
        if (!previous.loadingId) return;
        const reply = state.getMessageById(previous.loadingId);
        if (!reply) return;
        if (reply.status === 'aborted') setAnnouncement(text.stopped);
        else if (reply.status === 'error') setAnnouncement(`${text.errorTitle}. ${reply.error?.message ?? ''}`.trim());
        else if (reply.status === 'done' && !state.loadingId) {
          // A turn that paused for the user says so; Approve and Deny are in the row.
          const waiting = reply.parts?.some((part) => part.type === 'tool-call' && part.state === 'awaiting-approval');
          const answer = answerText(reply);
          setAnnouncement(waiting ? text.toolAwaitingApproval : answer.length <= MAX_ANNOUNCED ? answer : text.replyFinished);
        }
      }),
    [store],
  );

  return (
    <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden} data-part="announcer">
      {announcement}
    </div>
  );
}
