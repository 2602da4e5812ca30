'use client';

import { CloseOutlined, FileOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Progress } from 'antd';
import { createStyles } from 'antd-style';

import { formatBytes } from '../../core/attachments';
import type { ProChatLocaleStrings } from '../../locale';
import type { AttachmentItem } from './useAttachments';

const THUMB = 48;

const useStyles = createStyles(({ token, css }) => ({
  list: css`
    display: flex;
    flex-wrap: wrap;
    gap: ${token.marginXS}px;
    width: 100%;
    margin: 0;
    padding: ${token.paddingXXS}px 0 0;
    list-style: none;
  `,
  item: css`
    position: relative;
    display: flex;
    align-items: center;
    gap: ${token.marginXS}px;
    max-width: 260px;
    min-height: ${THUMB + 2}px;
    padding: 0 ${token.paddingXS}px 0 0;
    border: 1px solid ${token.colorBorderSecondary};
    border-radius: ${token.borderRadius}px;
    background: ${token.colorFillQuaternary};
    &[data-state='error'] {
      border-color: ${token.colorErrorBorder};
    }
  `,
  thumb: css`
    flex: none;
    width: ${THUMB}px;
    height: ${THUMB}px;
    object-fit: cover;
    border-radius: ${token.borderRadius - 1}px 0 0 ${token.borderRadius - 1}px;
  `,
  icon: css`
    flex: none;
    display: flex;
    align-items: center;
    justify-content: center;
    width: ${THUMB}px;
    height: ${THUMB}px;
    font-size: 20px;
    color: ${token.colorTextSecondary};
  `,
  text: css`
    display: flex;
    flex-direction: column;
    min-width: 0;
    font-size: ${token.fontSizeSM}px;
    line-height: ${token.lineHeightSM};
  `,
  name: css`
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: ${token.colorText};
  `,
  meta: css`
    color: ${token.colorTextSecondary};
    white-space: nowrap;
  `,
  error: css`
    color: ${token.colorError};
  `,
  refusals: css`
    width: 100%;
    margin: 0;
    padding: 0;
    list-style: none;
    color: ${token.colorError};
    font-size: ${token.fontSizeSM}px;
    &:empty {
      display: none;
    }
  `,
}));

export interface AttachmentListProps {
  items: readonly AttachmentItem[];
  refusals: readonly string[];
  strings: ProChatLocaleStrings;
  onRemove: (id: string) => void;
  onRetry: (id: string) => void;
}

const named = (template: string, name: string) => template.replace('{name}', () => name);

/**
 * The files attached to the message being written, above the text box: a thumbnail for images, a
 * card with name, size and type for other files, a progress bar while one uploads, and buttons to
 * remove it, cancel its upload or retry it. Refused files are listed with the rule they broke.
 */
export function AttachmentList({ items, refusals, strings, onRemove, onRetry }: AttachmentListProps) {
  const { styles } = useStyles();
  return (
    <>
      {items.length > 0 && (
        <ul className={styles.list} aria-label={strings.attachments} data-part="attachments">
          {items.map((item) => {
            const name = item.file.name || item.file.type;
            const closeLabel = named(item.state === 'uploading' ? strings.cancelUpload : strings.removeAttachment, name);
            return (
              <li key={item.id} className={styles.item} data-state={item.state}>
                {item.preview ? (
                  <img className={styles.thumb} src={item.preview} alt={name} width={THUMB} height={THUMB} />
                ) : (
                  <span className={styles.icon} aria-hidden>
                    <FileOutlined />
                  </span>
                )}
                <span className={styles.text}>
                  <span className={styles.name} title={name}>
                    {name}
                  </span>
                  {item.state === 'error' ? (
                    <span className={styles.error} role="alert">
                      {item.error ?? strings.uploadFailed}
                    </span>
                  ) : (
                    <span className={styles.meta}>
                      {formatBytes(item.file.size)}
                      {item.file.type ? ` · ${item.file.type}` : ''}
                    </span>
                  )}
                  {item.state === 'uploading' && (
                    <Progress percent={Math.round((item.progress ?? 0) * 100)} size="small" showInfo={false} aria-label={name} />
                  )}
                </span>
                {item.state === 'error' && (
                  <Button
                    size="small"
                    type="text"
                    icon={<ReloadOutlined />}
                    aria-label={named(strings.retryUpload, name)}
                    title={named(strings.retryUpload, name)}
                    onClick={() => onRetry(item.id)}
                  />
                )}
                <Button
                  size="small"
                  type="text"
                  icon={<CloseOutlined />}
                  aria-label={closeLabel}
                  title={closeLabel}
                  onClick={() => onRemove(item.id)}
                />
              </li>
            );
          })}
        </ul>
      )}
      <ul className={styles.refusals} role="alert">
        {refusals.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
    </>
  );
}
