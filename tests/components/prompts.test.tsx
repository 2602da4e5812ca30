import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, type ChatPrompt, type StoredChatMessage } from '../../src';

const log = () => screen.getByRole('log');
const userTexts = () => [...document.querySelectorAll('[data-role="user"] [data-part="content"]')].map((node) => node.textContent);

const prompts: ChatPrompt[] = [
  { key: 'trip', label: 'Plan a trip', description: 'Three days, one city', icon: '🧳' },
  { key: 'mail', label: 'Write an email', message: 'Write a short, polite email declining a meeting' },
];

describe('welcome and prompt cards', () => {
  it('an empty chat shows the welcome and the cards; a click sends the prompt, and they go', async () => {
    const request = vi.fn(async (messages: StoredChatMessage[]) => new Response(`Sure: ${messages.at(-1)!.content}`));
    render(<ProChat request={request} welcome={{ icon: '👋', title: 'Hello there', description: 'Ask me anything.' }} prompts={prompts} />);
    expect(screen.getByRole('heading', { name: 'Hello there' })).toBeInTheDocument();
    expect(screen.getByText('Ask me anything.')).toBeInTheDocument();
    const cards = screen.getByRole('list', { name: 'Suggestions to start with' });
    expect(within(cards).getByRole('button', { name: 'Plan a trip Three days, one city' })).toBeInTheDocument();
    await userEvent.setup().click(within(cards).getByRole('button', { name: /Write an email/ }));
    expect(await within(log()).findByText('Sure: Write a short, polite email declining a meeting')).toBeInTheDocument();
    expect(userTexts()).toEqual(['Write a short, polite email declining a meeting']);
    expect(screen.queryByRole('list', { name: 'Suggestions to start with' })).toBeNull();
  });

  it('the cards are reached with Tab and sent with Enter; onPromptClick replaces sending', async () => {
    const onPromptClick = vi.fn();
    const request = vi.fn(async () => new Response('ok'));
    render(<ProChat request={request} prompts={prompts} onPromptClick={onPromptClick} />);
    const user = userEvent.setup();
    await user.tab();
    expect(log()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: /Plan a trip/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onPromptClick).toHaveBeenCalledWith(prompts[0]);
    expect(request).not.toHaveBeenCalled();
  });
});

describe('follow-up suggestions', () => {
  it('a list shows under a finished reply (not while it streams), and a click sends it', async () => {
    let n = 0;
    const request = vi.fn(async () => new Response(`Answer ${++n}`));
    render(<ProChat request={request} suggestions={['Tell me more', 'Give an example']} />);
    expect(screen.queryByRole('list', { name: 'Suggested follow-ups' })).toBeNull();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    const followUps = await screen.findByRole('list', { name: 'Suggested follow-ups' });
    expect(
      within(followUps)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Tell me more', 'Give an example']);
    await user.click(within(followUps).getByRole('button', { name: 'Give an example' }));
    expect(await within(log()).findByText('Answer 2')).toBeInTheDocument();
    expect(userTexts()).toEqual(['Hi', 'Give an example']);
  });

  it('a function is asked once after each reply, with the conversation; its failure shows none', async () => {
    const suggest = vi.fn(async (messages: StoredChatMessage[]) => [`More on “${messages.at(-1)!.content}”`]);
    const request = vi.fn(async () => new Response('Cats sleep a lot'));
    const view = render(<ProChat request={request} suggestions={suggest} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Cats?{Enter}');
    expect(await screen.findByRole('button', { name: 'More on “Cats sleep a lot”' })).toBeInTheDocument();
    expect(suggest).toHaveBeenCalledTimes(1);
    // A new function object at the next render does not ask again.
    view.rerender(<ProChat request={request} suggestions={(m) => suggest(m)} />);
    await act(async () => undefined);
    expect(suggest).toHaveBeenCalledTimes(1);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    view.rerender(
      <ProChat
        request={request}
        suggestions={async () => {
          throw new Error('no model');
        }}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Dogs?{Enter}');
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(screen.queryByRole('list', { name: 'Suggested follow-ups' })).toBeNull();
    warn.mockRestore();
  });

  it("a reply's data-suggestions part gives its own follow-ups", async () => {
    const request = async () =>
      new ReadableStream({
        start(controller) {
          controller.enqueue({ type: 'text-delta', id: 't', delta: 'Here you go.' });
          controller.enqueue({ type: 'data-suggestions', data: ['Shorter, please', 'In French'] });
          controller.close();
        },
      });
    render(<ProChat request={request} suggestions={['unused']} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Go{Enter}');
    const followUps = await screen.findByRole('list', { name: 'Suggested follow-ups' });
    expect(
      within(followUps)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Shorter, please', 'In French']);
  });
});
