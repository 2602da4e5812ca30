import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { EditableMessage, ProChat } from '../../src';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('in jsdom (an app’s own test suite)', () => {
  it('ProChat and the editor log nothing: no NaN height from the auto-sizing textareas', async () => {
    const errors = vi.spyOn(console, 'error');
    render(<ProChat request={() => 'ok'} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Hello{Enter}');
    expect(await screen.findByText('ok', { selector: 'p' })).toBeInTheDocument();
    render(<EditableMessage value="Edit me" onSave={() => undefined} onCancel={() => undefined} />);
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([]);
  });
});
