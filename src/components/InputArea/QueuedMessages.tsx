'use client';

import { ClockCircleOutlined, CloseOutlined } from '@ant-design/icons';
import { createStyles } from 'antd-style';

import type { ProChatLocaleStrings } from '../../locale';
import { useChatContext, useChatStore } from '../../store/react';

const useStyles = createStyles(({ token, css }) => ({
  list: css`
    display: flex;
    flex-direction: column;
    gap: ${token.marginXXS}px;
    margin: 0;
    padding: 0 ${token.paddingSM}px;
    list-style: none;
  `,
  item: css`
    display: flex;
    align-items: center;
    gap: ${token.marginXS}px;
    padding: ${token.paddingXXS}px ${token.paddingXS}px;
    border: 1px dashed ${token.colorBorder};
    border-radius: ${token.borderRadius}px;
    color: ${token.colorTextSecondary};
  `,
  text: css`
    flex: 1;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  `,
  remove: css`
    display: inline-flex;
    padding: ${token.paddingXXS}px;
    border: 0;
    border-radius: ${token.borderRadiusSM}px;
    background: transparent;
    color: inherit;
    cursor: pointer;
    &:hover {
      background: ${token.colorFillSecondary};
    }
  `,
}));

/** The messages waiting for the running reply to end (`whileGenerating: 'queue'`), each removable. */
export function QueuedMessages({ strings }: { strings: ProChatLocaleStrings }) {
  const { styles } = useStyles();
  const { store } = useChatContext();
  const queued = useChatStore((state) => state.queued);
  if (!queued.length) return null;
  return (
    <ul className={styles.list} aria-label={strings.queuedMessages} data-part="queue">
      {queued.map((message) => {
        const text =
          message.content.trim() ||
          message.files?.map((file) => ('name' in file ? file.name : 'filename' in file ? file.filename : '')).join(', ') ||
          '';
        return (
          <li key={message.id} className={styles.item} title={strings.queuedMessages}>
            <ClockCircleOutlined aria-hidden />
            <span className={styles.text}>{text}</span>
            <button
              type="button"
              className={styles.remove}
              aria-label={`${strings.removeQueued}: ${text}`}
              onClick={() => store.getState().removeQueued(message.id)}
            >
              <CloseOutlined />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
