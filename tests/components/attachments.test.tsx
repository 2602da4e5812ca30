import { act, createEvent, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, toOpenAIMessages, type AttachmentOptions, type ProChatInstance, type RequestMessage } from '../../src';

const log = () => screen.getByRole('log');
const box = () => screen.getByRole('textbox', { name: 'Message' });
const sendButton = () => screen.getByRole('button', { name: 'Send' });
const attachmentList = () => screen.queryByRole('list', { name: 'Attachments' });
const fileInput = () => document.querySelector<HTMLInputElement>('[data-part="file-input"]')!;
const userRow = () => [...log().querySelectorAll<HTMLElement>('[data-role="user"]')].at(-1)!;
const reply = () => [...log().querySelectorAll<HTMLElement>('[data-role="assistant"]')].at(-1)!;

// A 1×1 PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);
const png = (name = 'cat.png') => new File([PNG], name, { type: 'image/png' });
const text = (name = 'notes.txt', body = 'remember the milk') => new File([body], name, { type: 'text/plain' });

/** A model that answers with what it received: the user's last message as OpenAI content. */
const echoModel = () =>
  vi.fn((messages: RequestMessage[]) => {
    const last = toOpenAIMessages(messages).at(-1)!;
    const content = last.content;
    return Array.isArray(content)
      ? `Got ${content.map((part) => (part.type === 'text' ? `text(${part.text})` : part.type)).join(', ')}`
      : `Got ${String(content)}`;
  });

function setup(attachments: AttachmentOptions | true = true, request = echoModel()) {
  const chatRef = createRef<ProChatInstance>();
  render(<ProChat chatRef={chatRef} attachments={attachments} request={request} />);
  return { request, chatRef };
}

describe('attachments in the input', () => {
  it('attach by button: the file is listed, sent with the text, shown in the message and given to the model', async () => {
    const { request, chatRef } = setup();
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Attach files' })).toBeInTheDocument();
    await user.upload(fileInput(), [png(), text()]);
    const list = await screen.findByRole('list', { name: 'Attachments' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveTextContent('cat.png');
    expect(list).toHaveTextContent('notes.txt17 B · text/plain');
    await user.type(box(), 'What is this?{Enter}');

    await waitFor(() =>
      expect(reply()).toHaveTextContent(
        'Got text(What is this?), image_url, text(<file name="notes.txt" type="text/plain"> remember the milk </file>)',
      ),
    );
    expect(attachmentList()).toBeNull();
    expect(request).toHaveBeenCalledOnce();
    const sent = request.mock.calls[0][0].at(-1)!;
    expect(sent.content).toBe('What is this?');
    expect(sent.parts).toEqual([
      { type: 'file', mediaType: 'image/png', filename: 'cat.png', url: expect.stringMatching(/^data:image\/png;base64,iVBOR/) },
      { type: 'file', mediaType: 'text/plain', filename: 'notes.txt', url: `data:text/plain;base64,${btoa('remember the milk')}` },
      { type: 'text', text: 'What is this?' },
    ]);
    // In the chat: the image as a thumbnail that opens full size, the text file as a card.
    const thumbnail = within(userRow()).getByRole('button', { name: 'Open cat.png' });
    const image = thumbnail.tagName === 'IMG' ? thumbnail : thumbnail.querySelector('img')!;
    expect(image).toHaveAttribute('src', expect.stringMatching(/^data:image\/png/));
    expect(image).toHaveAttribute('width', '96');
    expect(userRow()).toHaveTextContent('notes.txt17 B · text/plain');
    expect(userRow()).toHaveTextContent('What is this?');
    expect(chatRef.current!.getChats()[0].parts).toHaveLength(3);
  });

  it('files alone can be sent; Send waits for text or a file', async () => {
    const { request } = setup();
    expect(sendButton()).toBeDisabled();
    await userEvent.setup().upload(fileInput(), png());
    await waitFor(() => expect(sendButton()).toBeEnabled());
    await userEvent.setup().click(sendButton());
    await waitFor(() => expect(reply()).toHaveTextContent('Got image_url'));
    expect(request.mock.calls[0][0].at(-1)!.content).toBe('');
  });

  it('a file over maxSize is refused with a message naming the limit; the text typed stays', async () => {
    setup({ maxSize: 10 * 1024 * 1024 });
    const user = userEvent.setup();
    await user.type(box(), 'Look at this');
    const big = new File([new Uint8Array(20 * 1024 * 1024)], 'video.bin', { type: 'application/octet-stream' });
    await user.upload(fileInput(), [big, text()]);
    expect(await screen.findByText('video.bin is 20 MB, larger than the 10 MB limit')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Attachments' })).toHaveTextContent('notes.txt');
    expect(screen.getByRole('list', { name: 'Attachments' })).not.toHaveTextContent('video.bin');
    expect(box()).toHaveValue('Look at this');
  });

  it('accept and maxFiles: a refused type and one file too many say why', async () => {
    setup({ accept: ['image/*', '.md'], maxFiles: 2 });
    expect(fileInput()).toHaveAttribute('accept', 'image/*,.md');
    await userEvent.setup({ applyAccept: false }).upload(fileInput(), [text('a.txt'), png('1.png'), text('b.md'), png('3.png')]);
    expect(await screen.findByText('a.txt is not a file type this chat accepts (image/*,.md)')).toBeInTheDocument();
    expect(screen.getByText('At most 2 files per message: 3.png was left out')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Attachments' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('a file can be removed, by keyboard, before sending', async () => {
    setup();
    const user = userEvent.setup();
    await user.upload(fileInput(), [png(), text()]);
    const remove = await screen.findByRole('button', { name: 'Remove cat.png' });
    act(() => remove.focus());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('list', { name: 'Attachments' })).not.toHaveTextContent('cat.png');
    expect(screen.getByRole('list', { name: 'Attachments' })).toHaveTextContent('notes.txt');
  });

  it('paste a screenshot into the box, or drop files onto the chat', async () => {
    setup();
    const pasted = createEvent.paste(box());
    Object.defineProperty(pasted, 'clipboardData', { value: { files: [png('screenshot.png')], types: ['Files'] } });
    fireEvent(box(), pasted);
    expect(pasted.defaultPrevented).toBe(true);
    await waitFor(() => expect(attachmentList()).toHaveTextContent('screenshot.png'));

    // Drag events from anywhere in the chat bubble up to its root.
    const root = log();
    const dataTransfer = { files: [text('dropped.txt')], types: ['Files'] };
    fireEvent.dragEnter(root, { dataTransfer });
    expect(await screen.findByText('Drop files to attach them')).toBeInTheDocument();
    fireEvent.drop(root, { dataTransfer });
    await waitFor(() => expect(attachmentList()).toHaveTextContent('dropped.txt'));
    expect(screen.queryByText('Drop files to attach them')).toBeNull();
  });

  it('the drop overlay stays while files are dragged over the chat, and goes when they leave', async () => {
    setup();
    const dataTransfer = { files: [text()], types: ['Files'] };
    fireEvent.dragEnter(log(), { dataTransfer });
    expect(await screen.findByText('Drop files to attach them')).toBeInTheDocument();
    fireEvent.dragOver(log(), { dataTransfer });
    expect(screen.getByText('Drop files to attach them')).toBeInTheDocument();
    // No more dragover: the files left (or the node under them was replaced, which fires no leave).
    await waitFor(() => expect(screen.queryByText('Drop files to attach them')).toBeNull());
  });

  it('a file that cannot be read fails in the input, with Retry; the text typed stays and nothing is sent', async () => {
    const { request } = setup();
    const user = userEvent.setup();
    await user.type(box(), 'Read this');
    const broken = text('moved.txt');
    let reads = 0;
    Object.defineProperty(broken, 'arrayBuffer', {
      value: () => (reads++ === 0 ? Promise.reject(new Error('The file changed on disk')) : new Blob(['found it']).arrayBuffer()),
    });
    await user.upload(fileInput(), broken);
    expect(await screen.findByText('The file changed on disk')).toBeInTheDocument();
    expect(sendButton()).toBeDisabled();
    expect(box()).toHaveValue('Read this');
    await user.click(screen.getByRole('button', { name: 'Retry the upload of moved.txt' }));
    await waitFor(() => expect(sendButton()).toBeEnabled());
    await user.click(sendButton());
    await waitFor(() => expect(reply()).toHaveTextContent('found it'));
    expect(request).toHaveBeenCalledOnce();
  });

  it('turning attachments off drops what was attached: it is neither shown nor sent', async () => {
    const request = echoModel();
    const { rerender } = render(<ProChat attachments request={request} />);
    await userEvent.setup().upload(fileInput(), png());
    await screen.findByRole('list', { name: 'Attachments' });
    rerender(<ProChat request={request} />);
    expect(attachmentList()).toBeNull();
    await userEvent.setup().type(box(), 'Just text{Enter}');
    await waitFor(() => expect(reply()).toHaveTextContent('Got Just text'));
  });

  it('without attachments, there is no attach button and a paste of files does nothing', () => {
    render(<ProChat request={echoModel()} />);
    expect(screen.queryByRole('button', { name: 'Attach files' })).toBeNull();
    const pasted = createEvent.paste(box());
    Object.defineProperty(pasted, 'clipboardData', { value: { files: [png()], types: ['Files'] } });
    fireEvent(box(), pasted);
    expect(pasted.defaultPrevented).toBe(false);
    expect(attachmentList()).toBeNull();
  });
});

describe('uploads', () => {
  it('shows progress and keeps Send disabled while a file uploads; the message carries the uploaded URL', async () => {
    let progress!: (fraction: number) => void;
    let finish!: () => void;
    const upload = vi.fn(
      (file: File, { onProgress }: { onProgress: (fraction: number) => void }) =>
        new Promise<{ url: string }>((resolve) => {
          progress = onProgress;
          finish = () => resolve({ url: `https://files.example.com/${file.name}` });
        }),
    );
    const { request } = setup({ upload });
    const user = userEvent.setup();
    await user.type(box(), 'Read this');
    await user.upload(fileInput(), text('report.txt'));
    await waitFor(() => expect(upload).toHaveBeenCalledOnce());
    act(() => progress(0.4));
    const bar = await screen.findByRole('progressbar', { name: 'report.txt' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(sendButton()).toBeDisabled();
    await user.click(box());
    await user.keyboard('{Enter}');
    expect(request).not.toHaveBeenCalled();
    expect(screen.getByText('A file is not ready yet: wait for it, or retry or remove it')).toBeInTheDocument();
    act(() => finish());
    await waitFor(() => expect(sendButton()).toBeEnabled());
    expect(screen.queryByText('A file is not ready yet: wait for it, or retry or remove it')).toBeNull();
    await user.click(sendButton());
    await waitFor(() =>
      expect(reply()).toHaveTextContent(
        'Got text(Read this), text([The user attached report.txt (text/plain) at https://files.example.com/report.txt;',
      ),
    );
    expect(request.mock.calls[0][0].at(-1)!.parts![0]).toEqual({
      type: 'file',
      mediaType: 'text/plain',
      filename: 'report.txt',
      url: 'https://files.example.com/report.txt',
    });
  });

  it('a failed upload says so and can be retried; cancel aborts the upload', async () => {
    let attempts = 0;
    const signals: AbortSignal[] = [];
    const upload = vi.fn(async (file: File, { signal }: { signal: AbortSignal }) => {
      signals.push(signal);
      attempts += 1;
      if (file.name === 'slow.txt') return new Promise<{ url: string }>(() => undefined);
      if (attempts === 1) throw new Error('The server said 503');
      return { url: `https://files.example.com/${file.name}` };
    });
    setup({ upload });
    const user = userEvent.setup();
    await user.upload(fileInput(), text());
    expect(await screen.findByText('The server said 503')).toBeInTheDocument();
    expect(sendButton()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Retry the upload of notes.txt' }));
    await waitFor(() => expect(sendButton()).toBeEnabled());
    expect(screen.queryByText('The server said 503')).toBeNull();

    await user.upload(fileInput(), text('slow.txt'));
    await user.click(await screen.findByRole('button', { name: 'Cancel the upload of slow.txt' }));
    expect(signals.at(-1)!.aborted).toBe(true);
    expect(attachmentList()).not.toHaveTextContent('slow.txt');
    expect(sendButton()).toBeEnabled();
  });
});

describe('messages with files', () => {
  it('sendMessage(content, { files }) from the instance; Regenerate resends the files; Edit keeps them', async () => {
    const { request, chatRef } = setup();
    await act(async () => {
      await chatRef.current!.sendMessage('Describe', {
        files: [png(), { url: 'https://example.com/a.pdf', mediaType: 'application/pdf' }],
      });
    });
    await waitFor(() =>
      expect(reply()).toHaveTextContent(
        'Got text(Describe), image_url, text([The user attached a file (application/pdf) at https://example.com/a.pdf;',
      ),
    );
    await act(async () => {
      await chatRef.current!.resendMessage(chatRef.current!.getChats()[1].id);
    });
    expect(request).toHaveBeenCalledTimes(2);
    expect(request.mock.calls[1][0].at(-1)!.parts!.filter((part) => part.type === 'file')).toHaveLength(2);

    const question = chatRef.current!.getChats()[0];
    // Edit the question's text: its files stay, and the new reply gets them.
    const store = chatRef.current!;
    act(() => store.setMessageContent(question.id, 'Describe again'));
    const edited = store.getChatById(question.id)!;
    expect(edited.content).toBe('Describe again');
    expect(edited.parts!.filter((part) => part.type === 'file')).toHaveLength(2);
    expect(edited.parts!.at(-1)).toEqual({ type: 'text', text: 'Describe again' });
  });

  it('an attachment that is not a file or { url } is refused with what was given; nothing is sent', async () => {
    const { request, chatRef } = setup();
    let failure: unknown;
    await act(async () => {
      await chatRef.current!.sendMessage('Hi', { files: [{ href: 'x' } as never] }).catch((error: unknown) => (failure = error));
    });
    expect(String(failure)).toContain('An attachment is a File, a Blob or { url, mediaType?, filename? }; got an object with keys href');
    expect(request).not.toHaveBeenCalled();
    expect(chatRef.current!.getChats()).toHaveLength(0);
  });
});

describe('files in replies', () => {
  it('a generated image opens full size; a file with a script URL is shown as text, not a link', async () => {
    const pngUrl = `data:image/png;base64,${btoa(String.fromCharCode(...PNG))}`;
    async function* reply() {
      yield { type: 'file' as const, url: pngUrl, mediaType: 'image/png', filename: 'chart.png' };
      yield { type: 'file' as const, url: 'javascript:alert(1)', mediaType: 'application/pdf', filename: '<b>report</b>.pdf' };
      yield { type: 'finish' as const, finishReason: 'stop' as const };
    }
    render(<ProChat request={() => reply()} />);
    await userEvent.setup().type(box(), 'Draw it{Enter}');
    const image = await within(log()).findByRole('button', { name: 'Open chart.png' });
    expect(image.tagName === 'IMG' ? image : image.querySelector('img')).toHaveAttribute('src', pngUrl);
    const card = within(log()).getByText('<b>report</b>.pdf');
    expect(card.closest('a')).toBeNull();
    expect(log().querySelector('a[href^="javascript"]')).toBeNull();
    expect(log().querySelector('b')).toBeNull();
  });
});
