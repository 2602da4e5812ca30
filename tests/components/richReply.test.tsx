import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ProChat } from '../../src';
import { createMockRequest } from '../../src/mock';

const REPLY = [
  'Here is the function:',
  '',
  '```ts',
  'export const area = (r: number) => Math.PI * r ** 2;',
  '```',
  '',
  'It computes $A = \\pi r^2$, and for a sphere',
  '',
  '$$',
  'V = \\frac{4}{3}\\pi r^3',
  '$$',
].join('\n');

describe('a rich reply from the mock model, end to end', () => {
  it('thinking, a highlighted code block and formulas all render from one streamed reply', async () => {
    const request = createMockRequest({
      tokensPerSecond: 0,
      firstTokenDelay: 0,
      reply: { reasoning: 'Area first, then volume.', text: REPLY },
    });
    render(<ProChat request={request} smoothOutput={false} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Circle maths{Enter}');
    const log = screen.getByRole('log');
    await waitFor(() => expect(log.querySelector('[data-role="assistant"]')).toHaveAttribute('data-status', 'done'));
    const reply = log.querySelector<HTMLElement>('[data-role="assistant"]')!;
    // Thinking folded into its panel, not shown as text.
    expect(within(reply).getByRole('button', { name: /Thought/ })).toHaveAttribute('aria-expanded', 'false');
    expect(reply).not.toHaveTextContent('<think>');
    // The code block, coloured once its grammar loads.
    const block = reply.querySelector<HTMLElement>('[data-part="code-block"]')!;
    expect(block).toHaveAttribute('data-language', 'ts');
    await waitFor(() => expect(block.querySelector('pre')).toHaveAttribute('data-highlighted', 'true'));
    expect(block.querySelector('pre code')?.textContent).toBe('export const area = (r: number) => Math.PI * r ** 2;\n');
    // Both formulas rendered by KaTeX.
    await waitFor(() => expect(reply.querySelectorAll('[data-part="math"][data-state="rendered"]')).toHaveLength(2));
    expect(reply.querySelector('.katex-display annotation')?.textContent).toBe('V = \\frac{4}{3}\\pi r^3');
  });
});
