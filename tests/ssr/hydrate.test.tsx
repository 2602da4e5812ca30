import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

import { createMessage, ProChat } from '../../src';

const chats = [
  createMessage({ id: 'u', role: 'user', content: 'Hydrate **me**', createdAt: 0 }),
  createMessage({ id: 'a', role: 'assistant', content: 'Hydrated answer', parentId: 'u', createdAt: 0 }),
];

describe('hydration', () => {
  it('hydrates server HTML without mismatch warnings', async () => {
    const app = <ProChat request={() => 'ok'} initialChats={chats} helloMessage="Hi" />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, app, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    // jsdom has no layout, so antd's autosizing textarea computes a NaN height there; that
    // warning is about jsdom, not hydration. Anything else is a failure.
    const real = errors.mock.calls.filter((call) => !String(call[0]).includes('is an invalid value for the'));
    expect(real).toEqual([]);
    expect(container.querySelector('[role="log"]')).toHaveTextContent('Hydrated answer');
    errors.mockRestore();
    container.remove();
  });
});
