import { ArrowUpOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { createStyles } from 'antd-style';
import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

import type { ProChatLocaleStrings } from '../../locale';

const useStyles = createStyles(({ token, css }) => ({
  root: css`
    display: flex;
    gap: ${token.marginXS}px;
    align-items: flex-end;
    padding: ${token.paddingSM}px ${token.padding}px;
    border-top: 1px solid ${token.colorBorderSecondary};
  `,
  stopIcon: css`
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 2px;
    background: currentColor;
  `,
}));

export interface InputAreaProps {
  locale: ProChatLocaleStrings;
  /** True while a reply streams: the Send button becomes Stop and Enter does not send. */
  generating: boolean;
  onSend: (text: string) => void;
  onStop: () => void;
  placeholder?: string;
  className?: string;
}

/**
 * The message box. Enter sends, Shift+Enter inserts a newline, and Enter pressed to confirm an IME
 * candidate (Chinese, Japanese, Korean input) never sends.
 */
export function InputArea({ locale, generating, onSend, onStop, placeholder, className }: InputAreaProps) {
  const { styles, cx } = useStyles();
  const [value, setValue] = useState('');
  const composing = useRef(false);

  const send = () => {
    if (generating || !value.trim()) return;
    onSend(value);
    setValue('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) return;
    // isComposing covers most browsers; keyCode 229 covers Safari, which fires the confirming
    // keydown after compositionend; the ref covers engines that report neither.
    if (event.nativeEvent.isComposing || event.keyCode === 229 || composing.current) return;
    event.preventDefault();
    send();
  };

  return (
    <div className={cx(styles.root, className)}>
      <Input.TextArea
        value={value}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={() => {
          composing.current = false;
        }}
        placeholder={placeholder ?? locale.placeholder}
        aria-label={locale.inputLabel}
        autoSize={{ minRows: 1, maxRows: 8 }}
        variant="borderless"
      />
      {generating ? (
        <Button
          aria-label={locale.stop}
          title={locale.stop}
          shape="circle"
          icon={<span className={styles.stopIcon} aria-hidden />}
          onClick={onStop}
        />
      ) : (
        <Button
          type="primary"
          aria-label={locale.send}
          title={locale.send}
          shape="circle"
          icon={<ArrowUpOutlined />}
          disabled={!value.trim()}
          onClick={send}
        />
      )}
    </div>
  );
}
