import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { Markdown, ProChat, createMessage } from '../../src';

describe('code blocks', () => {
  it('show the language and a Copy button that copies the code and confirms it', async () => {
    const user = userEvent.setup();
    // user-event installs its own clipboard stub on setup; replace it with a spy afterwards.
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<Markdown>{'Run:\n\n```bash\nnpm install\nnpm test\n```\n'}</Markdown>);
    const block = document.querySelector<HTMLElement>('[data-part="code-block"]')!;
    expect(block).toHaveAttribute('data-language', 'bash');
    expect(within(block).getByText('bash')).toBeInTheDocument();
    expect(block.querySelector('pre code')?.textContent).toBe('npm install\nnpm test\n');
    const copy = within(block).getByRole('button', { name: 'Copy code' });
    await user.click(copy);
    expect(writeText).toHaveBeenCalledWith('npm install\nnpm test');
    expect(await within(block).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('a block without a language is plain code; the Copy button is localized with the chat', async () => {
    render(<ProChat locale="de-DE" initialChats={[createMessage({ id: 'a', role: 'assistant', content: '```\nplain\n```' })]} />);
    const block = document.querySelector<HTMLElement>('[data-part="code-block"]')!;
    expect(block).not.toHaveAttribute('data-language');
    expect(await within(block).findByRole('button', { name: 'Code kopieren' })).toBeInTheDocument();
  });

  it('is updated in place while it streams (never re-mounted)', () => {
    const { rerender } = render(<Markdown streaming>{'```ts\nconst a'}</Markdown>);
    const pre = document.querySelector('[data-part="code-block"] pre');
    for (const more of ['```ts\nconst a = 1;', '```ts\nconst a = 1;\nconst b', '```ts\nconst a = 1;\nconst b = 2;\n```']) {
      act(() => rerender(<Markdown streaming>{more}</Markdown>));
      expect(document.querySelector('[data-part="code-block"] pre')).toBe(pre);
    }
    expect(pre?.textContent).toBe('const a = 1;\nconst b = 2;\n');
  });

  it('markdownProps.components.pre still replaces the renderer', () => {
    render(<Markdown components={{ pre: ({ children }) => <pre data-custom="yes">{children}</pre> }}>{'```js\nx\n```'}</Markdown>);
    expect(document.querySelector('[data-part="code-block"]')).toBeNull();
    expect(screen.getByText('x').closest('pre')).toHaveAttribute('data-custom', 'yes');
  });
});
