import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { localStorageAdapter, ProChat, type ChatRequestOptions, type StoredChatMessage } from '../../src';

const models = [
  { value: 'gpt-4o-mini', label: 'GPT-4o mini' },
  { value: 'qwen-max', label: 'Qwen Max' },
];

async function pick(label: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('combobox', { name: 'Model' }));
  await user.click(await screen.findByTitle(label));
}

describe('model picker', () => {
  it('shows config.model, and the picked model is what the next request asks for, remembered after a reload', async () => {
    localStorage.clear();
    const asked: string[] = [];
    const request = vi.fn(async (_messages: StoredChatMessage[], options: ChatRequestOptions) => {
      asked.push(options.model);
      return new Response(`from ${options.model}`);
    });
    const onModelChange = vi.fn();
    const first = render(
      <ProChat
        request={request}
        models={models}
        config={{ model: 'gpt-4o-mini' }}
        onModelChange={onModelChange}
        storage={localStorageAdapter('model-test')}
        saveInterval={0}
      />,
    );
    // antd's Select loads with the first chat that offers models.
    const picker = await screen.findByRole('combobox', { name: 'Model' });
    expect(picker.closest('.ant-select')).toHaveTextContent('GPT-4o mini');
    await pick('Qwen Max');
    expect(onModelChange).toHaveBeenCalledWith('qwen-max');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    expect(await within(screen.getByRole('log')).findByText('from qwen-max')).toBeInTheDocument();
    expect(asked).toEqual(['qwen-max']);
    await waitFor(() => expect(localStorage.getItem('pro-chat-next:model-test')).toContain('"model":"qwen-max"'));
    first.unmount();

    render(<ProChat request={request} models={models} config={{ model: 'gpt-4o-mini' }} storage={localStorageAdapter('model-test')} />);
    await waitFor(async () =>
      expect((await screen.findByRole('combobox', { name: 'Model' })).closest('.ant-select')).toHaveTextContent('Qwen Max'),
    );
  });
});
