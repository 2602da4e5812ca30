import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { Markdown } from '../../src';

// jsdom cannot lay out SVG text, so mermaid itself runs in the Chromium test; here it is stood in for.
const drawn = vi.hoisted(() => ({ calls: [] as { source: string; dark: boolean }[] }));
vi.mock('../../src/markdown/mermaid/renderMermaid', () => ({
  renderMermaid: async (source: string, dark: boolean) => {
    drawn.calls.push({ source, dark });
    if (source.includes('oops')) throw new Error('Parse error on line 2:\nexpected an arrow');
    return `<svg data-testid="diagram"><text>${source.length}</text></svg>`;
  },
}));

const fence = (body: string) => `Here:\n\n\`\`\`mermaid\n${body}\n\`\`\`\n`;

describe('mermaid fences', () => {
  it('show their source while the reply streams, and become a diagram once it has ended', async () => {
    drawn.calls = [];
    const view = render(<Markdown streaming>{fence('graph TD\n  A --> B')}</Markdown>);
    expect(document.querySelector('[data-part="code-block"]')).toHaveTextContent('A --> B');
    expect(drawn.calls).toEqual([]);
    view.rerender(<Markdown>{fence('graph TD\n  A --> B')}</Markdown>);
    expect(await screen.findByTestId('diagram')).toBeInTheDocument();
    expect(drawn.calls).toEqual([{ source: 'graph TD\n  A --> B', dark: false }]);
    expect(document.querySelector('[data-part="code-block"]')).toBeNull();
  });

  it('Show source toggles to the code and back; Copy copies the source', async () => {
    render(<Markdown>{fence('graph LR\n  X --> Y')}</Markdown>);
    const diagram = (await screen.findByTestId('diagram')).closest<HTMLElement>('[data-part="diagram"]')!;
    const user = userEvent.setup();
    await user.click(within(diagram).getByRole('button', { name: 'Show source' }));
    expect(document.querySelector('[data-part="code-block"]')).toHaveTextContent('X --> Y');
    await user.click(screen.getByRole('button', { name: 'Show diagram' }));
    expect(await screen.findByTestId('diagram')).toBeInTheDocument();
    await user.click(within(document.querySelector<HTMLElement>('[data-part="diagram"]')!).getByRole('button', { name: 'Copy code' }));
    await expect(navigator.clipboard.readText()).resolves.toBe('graph LR\n  X --> Y');
  });

  it('a diagram that does not parse shows its source and the parser’s message', async () => {
    render(<Markdown>{fence('graph TD\n  oops')}</Markdown>);
    expect(await screen.findByRole('note')).toHaveTextContent('The diagram could not be drawn: Parse error on line 2:');
    expect(document.querySelector('[data-part="code-block"]')).toHaveTextContent('oops');
  });

  it('diagrams={false} leaves them as code', async () => {
    drawn.calls = [];
    render(<Markdown diagrams={false}>{fence('graph TD\n  A --> B')}</Markdown>);
    await waitFor(() => expect(document.querySelector('[data-part="code-block"]')).toHaveTextContent('A --> B'));
    expect(drawn.calls).toEqual([]);
  });
});
