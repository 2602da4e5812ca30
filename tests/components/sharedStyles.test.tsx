import { render, screen } from '@testing-library/react';
import { createContext, useContext } from 'react';
import { describe, expect, it } from 'vitest';

import { ProChat } from '../../src';
import { sharedStyles } from '../../src/ui/sharedStyles';

/** A style hook that counts its calls and reads a colour from context (standing in for the theme). */
function countingStyles() {
  const Colour = createContext('red');
  const calls = { count: 0 };
  const useStyles = () => {
    calls.count += 1;
    return { className: `text-${useContext(Colour)}` };
  };
  const shared = sharedStyles(useStyles);
  const Row = shared.withStyles<{ label: string }>(({ label, sheet }: { label: string; sheet: { className: string } }) => (
    <p className={sheet.className}>{label}</p>
  ));
  return { Colour, calls, shared, Row };
}

describe('styles shared by many components', () => {
  it('inside a Provider the style hook runs once for all rows, not once per row', () => {
    const { calls, shared, Row } = countingStyles();
    render(
      <shared.Provider>
        {['a', 'b', 'c', 'd'].map((label) => (
          <Row key={label} label={label} />
        ))}
      </shared.Provider>,
    );
    expect(calls.count).toBe(1);
    for (const label of ['a', 'b', 'c', 'd']) expect(screen.getByText(label)).toHaveClass('text-red');
  });

  it('outside a Provider each row builds its own styles, as a plain style hook would', () => {
    const { calls, Row } = countingStyles();
    render(
      <>
        <Row label="a" />
        <Row label="b" />
      </>,
    );
    expect(calls.count).toBe(2);
    expect(screen.getByText('b')).toHaveClass('text-red');
  });

  it('rows follow a theme change above the Provider', () => {
    const { Colour, shared, Row } = countingStyles();
    const view = (colour: string) => (
      <Colour.Provider value={colour}>
        <shared.Provider>
          <Row label="a" />
        </shared.Provider>
      </Colour.Provider>
    );
    const { rerender } = render(view('red'));
    expect(screen.getByText('a')).toHaveClass('text-red');
    rerender(view('blue'));
    expect(screen.getByText('a')).toHaveClass('text-blue');
  });

  it('in ProChat, rows and code blocks are styled, every row and block with the same classes', () => {
    const { container } = render(
      <ProChat
        initialChats={[
          { id: 'u1', role: 'user', content: 'first', createAt: 1, updateAt: 1 },
          { id: 'a1', role: 'assistant', content: '```js\nlet a = 1;\n```', createAt: 2, updateAt: 2 },
          { id: 'a2', role: 'assistant', content: '```js\nlet b = 2;\n```', createAt: 3, updateAt: 3 },
        ]}
        request={async () => 'unused'}
      />,
    );
    const rows = [...container.querySelectorAll<HTMLElement>('[data-role="assistant"]')];
    expect(rows).toHaveLength(2);
    expect(rows[0].className).not.toBe('');
    expect(rows[0].className).toBe(rows[1].className);
    const blocks = [...container.querySelectorAll<HTMLElement>('[data-part="code-block"]')];
    expect(blocks).toHaveLength(2);
    expect(blocks[0].className).not.toBe('');
    expect(blocks[0].className).toBe(blocks[1].className);
  });
});
