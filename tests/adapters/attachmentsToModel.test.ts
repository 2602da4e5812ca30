import { describe, expect, it } from 'vitest';

import { formatBytes, toFilePart, toOpenAIMessages, type StoredChatMessage } from '../../src';
import { checkAttachments } from '../../src/core/attachmentRules';
import { createMockModel, createMockRequest } from '../../src/mock';
import { toAnthropicMessages } from '../../src/server';

const b64 = (text: string) => btoa(text);
const user = (content: string, files: Array<{ mediaType: string; url: string; filename?: string }>): StoredChatMessage => ({
  id: 'u1',
  role: 'user',
  content,
  status: 'done',
  createdAt: 1,
  updatedAt: 1,
  createAt: 1,
  updateAt: 1,
  parts: [...files.map((file) => ({ type: 'file' as const, ...file })), ...(content ? [{ type: 'text' as const, text: content }] : [])],
});

const image = { mediaType: 'image/png', url: 'data:image/png;base64,iVBORw0KGgo=', filename: 'cat.png' };
const remoteImage = { mediaType: 'image/jpeg', url: 'https://cdn.example.com/dog.jpg' };
const notes = { mediaType: 'text/markdown', url: `data:text/markdown;base64,${b64('# Plan\nShip it')}`, filename: 'plan.md' };
const pdf = { mediaType: 'application/pdf', url: 'data:application/pdf;base64,JVBERi0=', filename: 'spec.pdf' };
const audio = { mediaType: 'audio/mpeg', url: 'data:audio/mpeg;base64,SUQz', filename: 'memo.mp3' };
const remotePdf = { mediaType: 'application/pdf', url: 'https://example.com/a.pdf' };

describe('files to OpenAI', () => {
  it('a user message with files becomes content parts: text, image_url, input_audio, text files as text, file', () => {
    expect(toOpenAIMessages([user('What is in these?', [image, remoteImage, notes, pdf, audio, remotePdf])])).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is in these?' },
          { type: 'image_url', image_url: { url: image.url } },
          { type: 'image_url', image_url: { url: remoteImage.url } },
          { type: 'text', text: '<file name="plan.md" type="text/markdown">\n# Plan\nShip it\n</file>' },
          { type: 'file', file: { filename: 'spec.pdf', file_data: pdf.url } },
          { type: 'input_audio', input_audio: { data: 'SUQz', format: 'mp3' } },
          {
            type: 'text',
            text: '[The user attached a file (application/pdf) at https://example.com/a.pdf; it cannot be sent to the model in this format.]',
          },
        ],
      },
    ]);
  });

  it('files the API would refuse (HEIC, .docx) become a note; SVG and a .md with no type are text; PDFs have a name', () => {
    const heic = { mediaType: 'image/heic', url: 'data:image/heic;base64,AAAA', filename: 'photo.heic' };
    const svg = { mediaType: 'image/svg+xml', url: `data:image/svg+xml;base64,${b64('<svg/>')}`, filename: 'logo.svg' };
    const docx = {
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      url: 'data:application/zip;base64,UEs=',
      filename: 'a.docx',
    };
    const untypedMarkdown = {
      mediaType: 'application/octet-stream',
      url: `data:application/octet-stream;base64,${b64('# Hi')}`,
      filename: 'readme.md',
    };
    const unnamedPdf = { mediaType: 'application/pdf', url: pdf.url };
    expect(toOpenAIMessages([user('', [heic, svg, docx, untypedMarkdown, unnamedPdf])])[0].content).toEqual([
      { type: 'text', text: '[The user attached photo.heic (image/heic); it cannot be sent to the model in this format.]' },
      { type: 'text', text: '<file name="logo.svg" type="image/svg+xml">\n<svg/>\n</file>' },
      { type: 'text', text: `[The user attached a.docx (${docx.mediaType}); it cannot be sent to the model in this format.]` },
      { type: 'text', text: '<file name="readme.md" type="application/octet-stream">\n# Hi\n</file>' },
      { type: 'file', file: { filename: 'document.pdf', file_data: pdf.url } },
    ]);
  });

  it('data URLs: upper-case ;BASE64, percent-encoded text and a stray % are read, never thrown', () => {
    const files = [
      { mediaType: 'text/plain', url: `data:text/plain;BASE64,${b64('loud')}`, filename: 'a.txt' },
      { mediaType: 'text/plain', url: 'data:text/plain;charset=utf-8,caf%C3%A9%20au%20lait', filename: 'b.txt' },
      { mediaType: 'text/plain', url: 'data:text/plain,100%', filename: 'c.txt' },
    ];
    expect(toOpenAIMessages([user('', files)])[0].content).toEqual([
      { type: 'text', text: '<file name="a.txt" type="text/plain">\nloud\n</file>' },
      { type: 'text', text: '<file name="b.txt" type="text/plain">\ncafé au lait\n</file>' },
      { type: 'text', text: '<file name="c.txt" type="text/plain">\n100%\n</file>' },
    ]);
  });

  it('a message with no files keeps its plain string content; files alone have no empty text part', () => {
    expect(toOpenAIMessages([user('Hi', [])])).toEqual([{ role: 'user', content: 'Hi' }]);
    expect(toOpenAIMessages([user('', [image])])).toEqual([
      { role: 'user', content: [{ type: 'image_url', image_url: { url: image.url } }] },
    ]);
  });
});

describe('files to Anthropic', () => {
  it('images and PDFs as image / document blocks (base64 inline, else by URL), text files as text documents, before the text', () => {
    expect(toAnthropicMessages([user('Summarise', [image, remoteImage, pdf, remotePdf, notes, audio])]).messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
          { type: 'image', source: { type: 'url', url: remoteImage.url } },
          { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'spec.pdf' },
          { type: 'document', source: { type: 'url', url: remotePdf.url } },
          { type: 'document', source: { type: 'text', media_type: 'text/plain', data: '# Plan\nShip it' }, title: 'plan.md' },
          { type: 'text', text: '[The user attached memo.mp3 (audio/mpeg); it cannot be sent to the model in this format.]' },
          { type: 'text', text: 'Summarise' },
        ],
      },
    ]);
  });
});

describe('files to Anthropic: what the API refuses', () => {
  it('a message of spaces and a file sends no blank text block; an empty text file is named, not an empty document', () => {
    const empty = { mediaType: 'text/plain', url: 'data:text/plain;base64,', filename: 'empty.txt' };
    expect(toAnthropicMessages([user('   ', [image, empty])]).messages[0].content).toEqual([
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
      { type: 'text', text: '[The user attached empty.txt (text/plain); it cannot be sent to the model in this format.]' },
    ]);
  });
});

describe('attachment helpers', () => {
  it('toFilePart reads a Blob into a data URL, keeps a stored file as it is, and names bad input', async () => {
    expect(await toFilePart(new File(['hello'], 'a.txt', { type: 'text/plain' }))).toEqual({
      type: 'file',
      mediaType: 'text/plain',
      filename: 'a.txt',
      url: `data:text/plain;base64,${b64('hello')}`,
    });
    expect(await toFilePart({ url: 'https://x.test/a.png', mediaType: 'image/png' })).toEqual({
      type: 'file',
      mediaType: 'image/png',
      url: 'https://x.test/a.png',
    });
    await expect(toFilePart('a.png' as never)).rejects.toThrow(
      'An attachment is a File, a Blob or { url, mediaType?, filename? }; got string.',
    );
  });

  it('checkAttachments refuses by type, size, then count, naming the rule; formatBytes reads like a person', () => {
    const files = [
      new File(['x'], 'a.png', { type: 'image/png' }),
      new File(['x'], 'b.exe', { type: 'application/x-msdownload' }),
      new File([new Uint8Array(2048)], 'c.png', { type: 'image/png' }),
      new File(['x'], 'd.PDF', { type: '' }),
    ];
    const { accepted, refused } = checkAttachments(files, 1, { accept: 'image/*, .pdf', maxSize: 1024, maxFiles: 2 });
    expect(accepted.map((file) => file.name)).toEqual(['a.png']);
    expect(refused).toEqual([
      { rule: 'accept', filename: 'b.exe', mediaType: 'application/x-msdownload', accept: 'image/*,.pdf' },
      { rule: 'maxSize', filename: 'c.png', size: 2048, maxSize: 1024 },
      { rule: 'maxFiles', filename: 'd.PDF', maxFiles: 2 },
    ]);
    expect([812, 3500, 20 * 1024 * 1024, 1.5 * 1024 ** 3].map(formatBytes)).toEqual(['812 B', '3.4 KB', '20 MB', '1.5 GB']);
  });
});

describe('the mock model sees files', () => {
  it('in OpenAI content parts (text files by their tag) and in Anthropic blocks, by name, type and size', async () => {
    const request = createMockRequest({ tokensPerSecond: 100000, firstTokenDelay: 0 });
    const signal = new AbortController().signal;
    const response = (await request([user('What is this?', [image, notes, pdf])] as never, { signal } as never, signal)) as Response;
    expect(await response.text()).toBe(
      'I see 3 files: an image/png of 8 B; spec.pdf, an application/pdf of 5 B; plan.md, a text/markdown of 14 B. You said: What is this?',
    );
    const anthropic = createMockModel({ format: 'anthropic', tokensPerSecond: 100000, firstTokenDelay: 0 });
    const body = JSON.stringify(toAnthropicMessages([user('', [remoteImage, pdf])]));
    const sse = await (await anthropic('/v1/messages', { method: 'POST', body })).text();
    const said = [...sse.matchAll(/"text_delta","text":("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1]) as string).join('');
    expect(said).toContain('I see 2 files: an image/* (by URL); spec.pdf, an application/pdf of 5 B.');
  });
});
