import { PlusOutlined, ShareAltOutlined } from '@ant-design/icons';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { createMessage } from '../../src/core/message';
import { ProChatProvider } from '../../src/ProChat/ProChatProvider';
import { ActionIconGroup } from '../../src/ui/ActionIconGroup';
import { BackBottom } from '../../src/ui/BackBottom';
import { ChatItem } from '../../src/components/ChatItem/ChatItem';
import { ChatList } from '../../src/components/ChatList/ChatList';
import { CopyButton } from '../../src/ui/CopyButton';
import { EditableMessage } from '../../src/ui/EditableMessage';
import { Markdown } from '../../src/markdown/Markdown';
import { MessageInput } from '../../src/ui/MessageInput';
import { getTokenStatus, TokenTag } from '../../src/ui/TokenTag';

/** user-event installs its own clipboard stub on setup; replace it with a spy afterwards. */
function mockClipboard(writeText = vi.fn(async (_text: string) => undefined)) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return writeText;
}

describe('TokenTag', () => {
  it('shows the tokens left as text, in the normal state while more than 30% is left', () => {
    const { container } = render(<TokenTag maxValue={5000} value={1000} />);
    expect(screen.getByText('Remaining 4000')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-status', 'normal');
  });

  it('shows the tokens used in `used` mode, with custom labels', () => {
    render(<TokenTag maxValue={5000} value={1000} displayMode="used" text={{ used: '已用' }} />);
    expect(screen.getByText('已用 1000')).toBeInTheDocument();
  });

  it('switches to the warning state near the limit and to the error state past it, with other classes', () => {
    const { container, rerender } = render(<TokenTag maxValue={5000} value={1000} />);
    const tag = () => container.firstElementChild as HTMLElement;
    const normalClass = tag().className;

    rerender(<TokenTag maxValue={5000} value={4000} />);
    expect(tag()).toHaveAttribute('data-status', 'low');
    expect(tag()).toHaveTextContent('Remaining 1000');
    const lowClass = tag().className;
    expect(lowClass).not.toBe(normalClass);

    rerender(<TokenTag maxValue={5000} value={5200} text={{ overload: 'Too long' }} />);
    expect(tag()).toHaveAttribute('data-status', 'overload');
    expect(tag()).toHaveTextContent('Too long 5200 / 5000');
    expect(tag().className).not.toBe(lowClass);
    expect(tag().className).not.toBe(normalClass);
  });

  it('puts the boundaries at 30% left and at zero left', () => {
    expect(getTokenStatus(3499, 5000)).toBe('normal');
    expect(getTokenStatus(3500, 5000)).toBe('low');
    expect(getTokenStatus(4999, 5000)).toBe('low');
    expect(getTokenStatus(5000, 5000)).toBe('overload');
    expect(getTokenStatus(1, 0)).toBe('overload');
  });

  it('passes div props through and shows the exact count in a tooltip', async () => {
    const user = userEvent.setup();
    render(<TokenTag maxValue={100} value={10} id="budget" shape="square" />);
    const tag = screen.getByText('Remaining 90').parentElement!;
    expect(tag).toHaveAttribute('id', 'budget');
    await user.hover(tag);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('10 / 100');
  });
});

describe('MessageInput', () => {
  it('confirm returns the edited text; cancel is not called', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(<MessageInput defaultValue="Hello" onConfirm={onConfirm} onCancel={onCancel} />);
    const box = screen.getByRole('textbox', { name: 'Edit' });
    expect(box).toHaveValue('Hello');
    await user.type(box, ' world');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onConfirm).toHaveBeenCalledWith('Hello world');
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('cancel drops the edit and does not confirm', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(<MessageInput defaultValue="Hello" onConfirm={onConfirm} onCancel={onCancel} />);
    await user.type(screen.getByRole('textbox'), ' changed');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('Ctrl+Enter confirms, plain Enter inserts a line, Escape cancels', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(<MessageInput defaultValue="" onConfirm={onConfirm} onCancel={onCancel} />);
    const box = screen.getByRole('textbox');
    await user.type(box, 'one{Enter}two');
    expect(onConfirm).not.toHaveBeenCalled();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onConfirm).toHaveBeenCalledWith('one\ntwo');
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('takes pro-chat’s text labels, placeholder, locale and renderButtons', async () => {
    const onShare = vi.fn();
    const user = userEvent.setup();
    const { unmount } = render(
      <MessageInput placeholder="Say something" text={{ confirm: 'Confirm', cancel: 'Back', label: 'System role' }} />,
    );
    expect(screen.getByRole('textbox', { name: 'System role' })).toHaveAttribute('placeholder', 'Say something');
    expect(screen.getByRole('button', { name: 'Confirm' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument();
    unmount();

    render(<MessageInput locale="zh-CN" />);
    expect(screen.getByRole('button', { name: /^保\s?存$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^取\s?消$/ })).toBeInTheDocument();

    render(<MessageInput defaultValue="draft" renderButtons={(text) => [{ children: 'Share', onClick: () => onShare(text) }]} />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(onShare).toHaveBeenCalledWith('draft');
  });
});

describe('EditableMessage', () => {
  it('focuses the editor; edit then save returns the new content', async () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(<EditableMessage value="Old text" onSave={onSave} onCancel={onCancel} text={{ label: 'Edit' }} />);
    const box = screen.getByRole('textbox', { name: 'Edit' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, 'New text');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith('New text');
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('Escape cancels without saving; labels can be changed', async () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(<EditableMessage value="Keep" onSave={onSave} onCancel={onCancel} text={{ save: 'Update', cancel: 'Discard' }} />);
    expect(screen.getByRole('button', { name: 'Update' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox'), ' more');
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('CopyButton', () => {
  it('copies the text and confirms it', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard();
    const onCopied = vi.fn();
    render(<CopyButton content="secret snippet" onCopied={onCopied} />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('secret snippet');
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(onCopied).toHaveBeenCalledWith('secret snippet');
  });

  it('reads a function at click time; a failed copy shows no confirmation', async () => {
    const user = userEvent.setup();
    const writeText = mockClipboard(vi.fn(async () => Promise.reject(new Error('denied'))));
    render(<CopyButton content={() => 'late text'} label="Copy code" copiedLabel="Done" />);
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('late text'));
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
  });
});

describe('ActionIconGroup', () => {
  it('fires onActionClick for a button, after a confirm, and from the "more" menu', async () => {
    const onActionClick = vi.fn();
    const user = userEvent.setup();
    render(
      <ActionIconGroup
        items={[
          { key: 'add', label: 'Add', icon: <PlusOutlined /> },
          { key: 'share', label: 'Share', icon: <ShareAltOutlined />, confirm: 'Share it?' },
        ]}
        moreItems={[{ key: 'report', label: 'Report', icon: null }]}
        moreLabel="More actions"
        confirmText={{ ok: 'Yes', cancel: 'No' }}
        onActionClick={onActionClick}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(onActionClick).toHaveBeenLastCalledWith({ key: 'add' });

    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(onActionClick).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Share it?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(onActionClick).toHaveBeenLastCalledWith({ key: 'share' });

    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Report' }));
    expect(onActionClick).toHaveBeenLastCalledWith({ key: 'report' });
    expect(onActionClick).toHaveBeenCalledTimes(3);
  });
});

describe('BackBottom', () => {
  it('shows only when visible (or alwaysShow) and calls onClick', async () => {
    const onClick = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<BackBottom onClick={onClick} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<BackBottom visible onClick={onClick} text="Newest" />);
    await user.click(screen.getByRole('button', { name: 'Newest' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    rerender(<BackBottom alwaysShow onClick={onClick} />);
    expect(screen.getByRole('button', { name: 'Back to bottom' })).toBeInTheDocument();
  });
});

describe('ChatItem', () => {
  it('renders a message from props: avatar, title and markdown', () => {
    const message = createMessage({ id: 'a1', role: 'assistant', content: 'Some **bold** text and `code`' });
    const { container } = render(<ChatItem message={message} meta={{ avatar: '🤖', title: 'Helper' }} showTitle smoothOutput={false} />);
    const row = container.querySelector<HTMLElement>('[data-message-id="a1"]')!;
    expect(row).toHaveAttribute('data-role', 'assistant');
    expect(within(row).getByText('🤖')).toBeInTheDocument();
    expect(within(row).getByText('Helper')).toBeInTheDocument();
    expect(within(row).getByText('bold').tagName).toBe('STRONG');
    expect(within(row).getByText('code').tagName).toBe('CODE');
  });

  it('shows the editor when editing and reports the saved text', async () => {
    const onEditSave = vi.fn();
    const user = userEvent.setup();
    const message = createMessage({ id: 'u1', role: 'user', content: 'Typo here' });
    render(<ChatItem message={message} editing onEditSave={onEditSave} />);
    const box = screen.getByRole('textbox', { name: 'Edit' });
    await user.clear(box);
    await user.type(box, 'Fixed');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEditSave).toHaveBeenCalledWith('Fixed');
  });
});

describe('Markdown', () => {
  it('renders markdown and drops javascript: links, keeping their text', () => {
    const { container } = render(<Markdown>{'# Title\n\n- [safe](https://example.com)\n- [evil](javascript:alert(1))'}</Markdown>);
    expect(screen.getByRole('heading', { name: 'Title', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'safe' })).toHaveAttribute('href', 'https://example.com');
    expect(screen.getByText('evil')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'evil' })).toBeNull();
    for (const anchor of container.querySelectorAll('a')) expect(anchor.getAttribute('href') ?? '').not.toMatch(/javascript/i);
  });
});

describe('ChatList', () => {
  it('reads its messages from the nearest ProChatProvider', async () => {
    render(
      <ProChatProvider
        initialChats={[
          createMessage({ id: 'u1', role: 'user', content: 'Question' }),
          createMessage({ id: 'a1', role: 'assistant', content: 'Answer', parentId: 'u1' }),
        ]}
      >
        <ChatList smoothOutput={false} />
      </ProChatProvider>,
    );
    const log = await screen.findByRole('log');
    expect(log.querySelectorAll('[data-role]')).toHaveLength(2);
    expect(log).toHaveTextContent('Question');
    expect(log).toHaveTextContent('Answer');
  });
});
