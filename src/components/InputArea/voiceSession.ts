'use client';

/** Sends recorded audio to a server of the app's own and resolves to its text. */
export type SpeechToText = (audio: Blob, options: { signal: AbortSignal }) => Promise<string>;

interface RecognitionResultList {
  length: number;
  [index: number]: { isFinal: boolean; 0: { transcript: string } };
}
interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: { resultIndex: number; results: RecognitionResultList }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start: () => void;
  stop: () => void;
  abort: () => void;
}
type RecognitionConstructor = new () => Recognition;

export function browserRecognition(): RecognitionConstructor | undefined {
  if (typeof window === 'undefined') return undefined;
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

/** `base` followed by `spoken`, with a space between when both have words. */
export function joinSpoken(base: string, spoken: string): string {
  if (!spoken) return base;
  if (!base.trim()) return spoken;
  return /\s$/.test(base) ? base + spoken : `${base} ${spoken}`;
}

export interface VoiceSessionOptions {
  speechToText?: SpeechToText;
  lang: string;
  /** The box's text now, and a setter for it. */
  text: () => string;
  setText: (text: string) => void;
  /** Listening ended: by the user, by silence, or with an error (`'denied'` for a refused microphone). */
  onEnd: (problem?: 'denied' | 'failed') => void;
}

const DENIED = new Set(['not-allowed', 'service-not-allowed', 'NotAllowedError', 'SecurityError']);
const problemOf = (error: string) => (DENIED.has(error) ? 'denied' : 'failed');

/**
 * Starts listening: the browser's speech recognition (words written into the box after what was
 * typed, interim ones included), or, with `speechToText`, a recording sent to it when stopped.
 * Resolves to a function that stops, or to null when it could not start (`onEnd` says why).
 */
export async function startVoiceSession({ speechToText, lang, text, setText, onEnd }: VoiceSessionOptions): Promise<(() => void) | null> {
  const base = text();
  if (speechToText) {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      onEnd(problemOf(error instanceof DOMException ? error.name : 'failed'));
      return null;
    }
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    const controller = new AbortController();
    recorder.ondataavailable = (event) => chunks.push(event.data);
    recorder.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      speechToText(new Blob(chunks, { type: recorder.mimeType }), { signal: controller.signal }).then(
        (heard) => {
          if (!controller.signal.aborted) setText(joinSpoken(text(), heard.trim()));
        },
        () => !controller.signal.aborted && onEnd('failed'),
      );
    };
    recorder.start();
    return () => {
      if (recorder.state !== 'inactive') recorder.stop();
      onEnd();
    };
  }
  const Constructor = browserRecognition();
  if (!Constructor) return null;
  const recognition = new Constructor();
  recognition.lang = lang;
  recognition.interimResults = true;
  recognition.continuous = true;
  let finals = '';
  recognition.onresult = (event) => {
    let interim = '';
    for (let i = event.resultIndex; i < event.results.length; i += 1) {
      const result = event.results[i];
      if (result.isFinal) finals += result[0].transcript;
      else interim += result[0].transcript;
    }
    setText(joinSpoken(base, (finals + interim).trim()));
  };
  let failed = false;
  recognition.onerror = (event) => {
    // Silence ends listening quietly; anything else is said.
    if (event.error === 'no-speech' || event.error === 'aborted') return;
    failed = true;
    onEnd(problemOf(event.error));
  };
  recognition.onend = () => {
    if (!failed) onEnd();
  };
  try {
    recognition.start();
  } catch {
    onEnd('failed');
    return null;
  }
  return () => recognition.stop();
}
