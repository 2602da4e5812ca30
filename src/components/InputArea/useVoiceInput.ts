'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

import type { SpeechToText } from './voiceSession';

export type { SpeechToText };

export interface VoiceInputOptions {
  /**
   * Transcribe on a server instead of the browser's speech recognition: the microphone records,
   * and this gets the audio when the user stops. Without it, the Web Speech API is used where the
   * browser has it (Chrome, Edge, Safari), and the button is hidden where it does not.
   */
  speechToText?: SpeechToText;
  /** The language spoken. @default the chat's locale */
  lang?: string;
}

/** Why listening stopped short: the microphone was refused, nothing was heard, or it failed. */
export type VoiceProblem = 'denied' | 'failed' | null;

function canRecognise(): boolean {
  if (typeof window === 'undefined') return false;
  return 'SpeechRecognition' in window || 'webkitSpeechRecognition' in window;
}

function canRecord(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia && typeof MediaRecorder !== 'undefined';
}

/**
 * Voice input for the message box. With the Web Speech API the words appear in the box as they
 * are recognised (interim results included) after what was typed; with `speechToText` the text
 * comes when the user stops. `available` is false where neither can run. What listens is loaded on
 * the first press.
 */
export function useVoiceInput(
  options: VoiceInputOptions | undefined,
  { value, setValue, lang }: { value: string; setValue: (text: string) => void; lang?: string },
) {
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<VoiceProblem>(null);
  const stopRef = useRef<(() => void) | null>(null);
  const latest = useRef({ value, setValue });
  latest.current = { value, setValue };
  const speechToText = options?.speechToText;
  // Known only in the browser: false on the server and in the first render, so hydration matches.
  const [supported, setSupported] = useState(false);
  useEffect(() => setSupported(!!options && (speechToText ? canRecord() : canRecognise())), [options, speechToText]);
  useEffect(() => () => stopRef.current?.(), []);

  const start = useCallback(async () => {
    if (stopRef.current) return;
    setProblem(null);
    setListening(true);
    const { startVoiceSession } = await import('./voiceSession');
    const stop = await startVoiceSession({
      speechToText,
      lang: options?.lang ?? lang ?? '',
      text: () => latest.current.value,
      setText: (text) => latest.current.setValue(text),
      onEnd: (why) => {
        stopRef.current = null;
        setListening(false);
        if (why) setProblem(why);
      },
    });
    if (stop) stopRef.current = stop;
  }, [speechToText, options?.lang, lang]);

  const stop = useCallback(() => stopRef.current?.(), []);
  return { available: supported, listening, problem, start, stop };
}
