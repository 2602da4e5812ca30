'use client';

import { useSyncExternalStore } from 'react';

/** Reading replies aloud with the browser's speech synthesis: one reply at a time, page-wide. */
let speakingId: string | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** Markdown as it would be read: code blocks, link targets, images and markup left out. */
export function speakableText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<think>[\s\S]*?(<\/think>|$)/g, ' ')
    .replace(/[*_~`#>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function stopSpeaking(): void {
  if (!canSpeak()) return;
  speakingId = null;
  window.speechSynthesis.cancel();
  notify();
}

/** Reads `text` aloud as message `id`'s, stopping whatever was being read. */
export function speak(id: string, text: string, lang?: string): void {
  if (!canSpeak()) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(speakableText(text));
  if (lang) utterance.lang = lang;
  const done = () => {
    if (speakingId !== id) return;
    speakingId = null;
    notify();
  };
  utterance.onend = done;
  utterance.onerror = done;
  speakingId = id;
  notify();
  window.speechSynthesis.speak(utterance);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether message `id` is the one being read aloud. */
export function useIsSpeaking(id: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => speakingId === id,
    () => false,
  );
}
