import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ProChat, type ChatMessage } from '../../src';

/** A stand-in for the Web Speech API's recognizer: the test says what was heard. */
class FakeRecognition {
  static last: FakeRecognition | undefined;
  lang = '';
  interimResults = false;
  continuous = false;
  started = false;
  onresult: ((event: unknown) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  constructor() {
    FakeRecognition.last = this;
  }
  start() {
    this.started = true;
  }
  stop() {
    this.started = false;
    this.onend?.();
  }
  abort() {
    this.stop();
  }
  hear(results: { transcript: string; isFinal: boolean }[]) {
    const list = Object.assign(
      results.map((r) => Object.assign([{ transcript: r.transcript }], { isFinal: r.isFinal })),
      { length: results.length },
    );
    act(() => this.onresult?.({ resultIndex: 0, results: list }));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeRecognition.last = undefined;
});

const box = () => screen.getByRole('textbox');

describe('voice input', () => {
  it('is hidden where the browser has no speech recognition', () => {
    render(<ProChat request={async () => new Response('ok')} voiceInput />);
    expect(screen.queryByRole('button', { name: 'Voice input' })).toBeNull();
  });

  it('shows the words in the box as they are heard, after what was typed, in the chat language; Send stops listening', async () => {
    vi.stubGlobal('webkitSpeechRecognition', FakeRecognition);
    const request = vi.fn(async (messages: ChatMessage[]) => new Response(`Heard: ${String(messages.at(-1)?.content)}`));
    render(<ProChat request={request} voiceInput locale="zh-CN" />);
    const user = userEvent.setup();
    await user.type(box(), 'Note:');
    await user.click(await screen.findByRole('button', { name: '语音输入' }));
    // What listens is loaded on the first press.
    await waitFor(() => expect(FakeRecognition.last?.started).toBe(true));
    const recognition = FakeRecognition.last!;
    expect(recognition).toMatchObject({ started: true, lang: 'zh-CN', interimResults: true });
    expect(screen.getByRole('button', { name: '停止语音输入' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('正在聆听…')).toBeInTheDocument();
    recognition.hear([{ transcript: 'buy mi', isFinal: false }]);
    expect(box()).toHaveValue('Note: buy mi');
    recognition.hear([{ transcript: 'buy milk', isFinal: true }]);
    expect(box()).toHaveValue('Note: buy milk');
    await user.click(screen.getByRole('button', { name: '发送' }));
    expect(recognition.started).toBe(false);
    expect(await within(screen.getByRole('log')).findByText('Heard: Note: buy milk')).toBeInTheDocument();
    expect(box()).toHaveValue('');
  });

  it('a refused microphone is explained', async () => {
    vi.stubGlobal('webkitSpeechRecognition', FakeRecognition);
    render(<ProChat request={async () => new Response('ok')} voiceInput />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Voice input' }));
    await waitFor(() => expect(FakeRecognition.last?.started).toBe(true));
    act(() => FakeRecognition.last!.onerror?.({ error: 'not-allowed' }));
    expect(screen.getByText(/Microphone access was denied/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Voice input' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('speechToText: records, sends the audio to the app, and puts its text in the box', async () => {
    const track = { stop: vi.fn() };
    vi.stubGlobal(
      'navigator',
      Object.assign(Object.create(navigator), { mediaDevices: { getUserMedia: async () => ({ getTracks: () => [track] }) } }),
    );
    const recorders: { state: string }[] = [];
    class FakeRecorder {
      constructor() {
        recorders.push(this);
      }
      state = 'inactive';
      mimeType = 'audio/webm';
      ondataavailable: ((event: { data: Blob }) => void) | null = null;
      onstop: (() => void) | null = null;
      start() {
        this.state = 'recording';
      }
      stop() {
        this.state = 'inactive';
        this.ondataavailable?.({ data: new Blob(['voice'], { type: 'audio/webm' }) });
        this.onstop?.();
      }
    }
    vi.stubGlobal('MediaRecorder', FakeRecorder);
    const speechToText = vi.fn(async (audio: Blob) => `transcribed ${audio.size} bytes`);
    render(<ProChat request={async () => new Response('ok')} voiceInput={{ speechToText }} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Voice input' }));
    expect(screen.getByText('Listening…')).toBeInTheDocument();
    await waitFor(() => expect(recorders[0]?.state).toBe('recording'));
    await user.click(screen.getByRole('button', { name: 'Stop voice input' }));
    await waitFor(() => expect(box()).toHaveValue('transcribed 5 bytes'));
    expect(speechToText.mock.calls[0][0].type).toBe('audio/webm');
    expect(track.stop).toHaveBeenCalled();
  });
});

describe('read aloud', () => {
  it('a reply is read in the chat language, and the action becomes Stop while it reads', async () => {
    const spoken: { text: string; lang: string; onend?: () => void }[] = [];
    class Utterance {
      lang = '';
      onend?: () => void;
      onerror?: () => void;
      constructor(public text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    vi.stubGlobal('speechSynthesis', { speak: (u: Utterance) => spoken.push(u), cancel: vi.fn() });
    const chats: ChatMessage[] = [
      { id: 'q', role: 'user', content: 'Hi', createdAt: 1, updatedAt: 1 },
      { id: 'a', role: 'assistant', content: 'Hello **there**, see [the docs](https://example.com).', createdAt: 2, updatedAt: 2 },
    ];
    render(<ProChat initialChats={chats} request={async () => new Response('ok')} readAloud locale="zh-CN" />);
    const row = await screen.findByText((_, node) => node?.getAttribute('data-role') === 'assistant');
    const user = userEvent.setup();
    await user.click(await within(row).findByRole('button', { name: '朗读' }));
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatchObject({ text: 'Hello there , see the docs.', lang: 'zh-CN' });
    expect(within(row).getByRole('button', { name: '停止朗读' })).toHaveAttribute('aria-pressed', 'true');
    act(() => spoken[0].onend?.());
    expect(within(row).getByRole('button', { name: '朗读' })).toBeInTheDocument();
  });
});
