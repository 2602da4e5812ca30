/**
 * The input: Enter / Shift+Enter, a controlled value through inputAreaProps (request.tsx),
 * placeholder, and autocompleteRequest.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, type ChatMessage } from 'pro-chat-next';

import { log, rows } from './mocks';

const echo = () => vi.fn(async (messages: ChatMessage[]) => new Response(`echo: ${messages.at(-1)?.content}`));

describe('Enter and Shift+Enter', () => {
  it('Shift+Enter adds a new line; Enter sends the whole text', async () => {
    const request = echo();
    render(<ProChat request={request} />);
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'line one{Shift>}{Enter}{/Shift}line two');
    expect(box).toHaveValue('line one\nline two');
    expect(request).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    expect(request.mock.calls[0][0].at(-1)?.content).toBe('line one\nline two');
    expect(box).toHaveValue('');
  });

  it('an empty or blank input sends nothing', async () => {
    const request = echo();
    render(<ProChat request={request} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), '   {Enter}');
    expect(request).not.toHaveBeenCalled();
    expect(rows()).toHaveLength(0);
  });

  it('without autocompleteRequest the input is a plain textbox, not a combobox', () => {
    render(<ProChat />);
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('placeholder replaces the default placeholder', () => {
    render(<ProChat placeholder="问我任何问题" />);
    expect(screen.getByPlaceholderText('问我任何问题')).toBe(screen.getByRole('textbox', { name: 'Message' }));
  });
});

describe('inputAreaProps (request.tsx)', () => {
  it('value + onChange(value: string) make the input controlled', async () => {
    const changes: string[] = [];
    function App() {
      const [value, setValue] = useState<string>('');
      return (
        <>
          <button type="button" onClick={() => setValue('预设的问题')}>
            fill
          </button>
          <ProChat
            locale="en-US"
            request={async () => new Response('ok')}
            inputAreaProps={{
              value: value,
              onChange: (e) => {
                changes.push(e);
                setValue(e);
              },
            }}
          />
        </>
      );
    }
    render(<App />);
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'ab');
    expect(changes).toEqual(['a', 'ab']);
    expect(box).toHaveValue('ab');
    await user.click(screen.getByRole('button', { name: 'fill' }));
    expect(box).toHaveValue('预设的问题');
    await user.type(box, '{Enter}');
    expect(await within(log()).findByText('预设的问题')).toBeInTheDocument();
    expect(box).toHaveValue('');
  });
});

describe('autocompleteRequest', () => {
  const suggestions = async (value: string) => [
    { value: `${value} 是什么？`, label: `${value} 是什么？` },
    { value: `${value} 怎么用？`, label: `${value} 怎么用？` },
  ];

  it('shows a listbox of options under a combobox input as the user types', async () => {
    const autocompleteRequest = vi.fn(suggestions);
    render(<ProChat autocompleteRequest={autocompleteRequest} request={echo()} />);
    const box = screen.getByRole('combobox', { name: 'Message' });
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    await userEvent.setup().type(box, 'ProChat');
    const listbox = await screen.findByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['ProChat 是什么？', 'ProChat 怎么用？']);
    expect(autocompleteRequest).toHaveBeenLastCalledWith('ProChat', expect.anything());
    expect(box).toHaveAttribute('aria-expanded', 'true');
  });

  it('ArrowDown + Enter puts the option into the input and does not send', async () => {
    const request = echo();
    render(<ProChat autocompleteRequest={suggestions} request={request} />);
    const box = screen.getByRole('combobox', { name: 'Message' });
    const user = userEvent.setup();
    await user.type(box, 'antd');
    await screen.findByRole('option', { name: 'antd 是什么？' });
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: 'antd 是什么？' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('antd 是什么？');
    expect(request).not.toHaveBeenCalled();
    expect(rows()).toHaveLength(0);
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());

    // Now Enter sends the picked text.
    await user.keyboard('{Enter}');
    expect(await within(log()).findByText('echo: antd 是什么？')).toBeInTheDocument();
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('IME: an Enter that confirms a composition neither picks nor sends, in either mode', async () => {
    for (const autocomplete of [undefined, suggestions]) {
      const request = echo();
      const { unmount } = render(<ProChat autocompleteRequest={autocomplete} request={request} />);
      const box = screen.getByRole(autocomplete ? 'combobox' : 'textbox', { name: 'Message' });
      await userEvent.setup().type(box, 'ni');
      if (autocomplete) {
        await screen.findByRole('option', { name: 'ni 是什么？' });
        fireEvent.keyDown(box, { key: 'ArrowDown', code: 'ArrowDown' });
        expect(screen.getByRole('option', { name: 'ni 是什么？' })).toHaveAttribute('aria-selected', 'true');
      }
      fireEvent.compositionStart(box);
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', isComposing: true });
      fireEvent.compositionEnd(box);
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 229 });
      expect(box).toHaveValue('ni');
      expect(request).not.toHaveBeenCalled();
      unmount();
    }
  });

  it('clicking an option picks it too', async () => {
    const request = echo();
    render(<ProChat autocompleteRequest={suggestions} request={request} />);
    const box = screen.getByRole('combobox', { name: 'Message' });
    const user = userEvent.setup();
    await user.type(box, 'antd');
    await user.click(await screen.findByRole('option', { name: 'antd 怎么用？' }));
    expect(box).toHaveValue('antd 怎么用？');
    expect(request).not.toHaveBeenCalled();
  });

  it('Escape closes the list and keeps the text', async () => {
    render(<ProChat autocompleteRequest={suggestions} request={echo()} />);
    const box = screen.getByRole('combobox', { name: 'Message' });
    const user = userEvent.setup();
    await user.type(box, 'antd');
    await screen.findByRole('option', { name: 'antd 是什么？' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    expect(box).toHaveValue('antd');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('Enter without a highlighted option sends; Shift+Enter adds a new line', async () => {
    const request = echo();
    render(<ProChat autocompleteRequest={suggestions} request={request} />);
    const box = screen.getByRole('combobox', { name: 'Message' });
    const user = userEvent.setup();
    await user.type(box, 'first{Shift>}{Enter}{/Shift}second');
    expect(box).toHaveValue('first\nsecond');
    expect(request).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    expect(request.mock.calls[0][0].at(-1)?.content).toBe('first\nsecond');
  });
});

describe("pro-chat's inputAreaProps.autoCompleteProps", () => {
  it('is accepted and never reaches the textarea (no unknown-prop warning)', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<ProChat request={echo()} inputAreaProps={{ autoCompleteProps: { placement: 'topLeft' }, maxLength: 500 }} />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(box).toHaveAttribute('maxlength', '500');
    expect(box.getAttributeNames().some((name) => name.toLowerCase().includes('autocompleteprops'))).toBe(false);
    expect(errors.mock.calls.filter((call) => String(call[0]).includes('React does not recognize'))).toEqual([]);
    errors.mockRestore();
  });
});
