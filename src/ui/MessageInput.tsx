'use client';

import { Button, Input, type ButtonProps, type GetProps } from 'antd';
import { createStyles } from 'antd-style';
import { forwardRef, memo, useEffect, useRef, useState, type CSSProperties, type HTMLAttributes, type KeyboardEvent } from 'react';

import type { ProChatLocale, ProChatLocaleStrings } from '../locale';
import { useLocaleStrings } from '../locale/useLocaleStrings';
import { canMeasureLayout } from './canMeasureLayout';

type TextAreaProps = GetProps<typeof Input.TextArea>;

const useStyles = createStyles(({ token, css }) => ({
  root: css`
    display: flex;
    flex-direction: column;
    gap: ${token.marginXS}px;
    flex: 1;
    width: 100%;
    min-width: 240px;
  `,
  textarea: css`
    resize: none;
  `,
  buttons: css`
    display: flex;
    flex-wrap: wrap;
    gap: ${token.marginXS}px;
    justify-content: flex-end;
  `,
}));

/** How the textarea looks: `ghost` outlined, `block` filled, `pure` borderless. */
export type MessageInputType = 'ghost' | 'block' | 'pure';

const VARIANT: Record<MessageInputType, TextAreaProps['variant']> = {
  ghost: 'outlined',
  block: 'filled',
  pure: 'borderless',
};

export interface MessageInputProps extends Omit<HTMLAttributes<HTMLDivElement>, 'defaultValue' | 'placeholder'> {
  /** Class name of the root element. */
  className?: string;
  /** Class names of the textarea's parts (antd `TextArea` `classNames`). */
  classNames?: TextAreaProps['classNames'];
  /** The text the editor starts with. */
  defaultValue?: string;
  /** Size of the Confirm and Cancel buttons. */
  editButtonSize?: ButtonProps['size'];
  /** `'auto'` grows with the text (2 to 16 rows); a number (px) or CSS length fixes the height. */
  height?: number | 'auto' | string;
  /** Called when the user cancels (button or Escape); the text is dropped. */
  onCancel?: () => void;
  /** Called with the edited text when the user confirms (button or Ctrl/Cmd+Enter). */
  onConfirm?: (text: string) => void;
  /** Replace the buttons: gets the current text, returns the props of each button (shown small). */
  renderButtons?: (text: string) => ButtonProps[];
  /** Button labels and the textarea's accessible name. */
  text?: {
    cancel?: string;
    confirm?: string;
    /** Accessible name of the textarea. */
    label?: string;
  };
  /** Class name of the textarea. */
  textareaClassname?: string;
  /** Style of the textarea. */
  textareaStyle?: CSSProperties;
  /** How the textarea looks. */
  type?: MessageInputType;
  placeholder?: string;
  /** Focus the textarea on mount, caret at the end. */
  autoFocus?: boolean;
  /** Language of the default labels (a tag or the strings); defaults to the nearest antd ConfigProvider's. */
  locale?: ProChatLocale | ProChatLocaleStrings;
}

/**
 * A textarea with Confirm and Cancel buttons, for editing a message. Ctrl/Cmd+Enter confirms,
 * Escape cancels (neither while an IME composition is open). Keeps its own draft: `defaultValue`
 * is read at mount.
 */
export const MessageInput = memo(
  forwardRef<HTMLDivElement, MessageInputProps>(function MessageInput(
    {
      className,
      classNames,
      defaultValue,
      editButtonSize = 'small',
      height = 'auto',
      onCancel,
      onConfirm,
      renderButtons,
      text,
      textareaClassname,
      textareaStyle,
      type = 'ghost',
      placeholder,
      autoFocus = false,
      locale,
      ...rest
    },
    ref,
  ) {
    const strings = useLocaleStrings(locale);
    const { styles, cx } = useStyles();
    const [draft, setDraft] = useState(defaultValue ?? '');
    const area = useRef<HTMLTextAreaElement | null>(null);

    useEffect(() => {
      if (!autoFocus) return;
      const element = area.current;
      element?.focus();
      element?.setSelectionRange(element.value.length, element.value.length);
      // Only on mount: focusing again on later renders would steal focus.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []);

    const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (event.nativeEvent.isComposing || event.keyCode === 229) return;
      if (event.key === 'Escape' && onCancel) {
        event.preventDefault();
        onCancel();
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onConfirm) {
        event.preventDefault();
        onConfirm(draft);
      }
    };

    const autoSize = height === 'auto' && canMeasureLayout;

    return (
      <div ref={ref} className={cx(styles.root, className)} {...rest}>
        <Input.TextArea
          ref={(node) => {
            area.current = node?.resizableTextArea?.textArea ?? null;
          }}
          className={cx(styles.textarea, textareaClassname)}
          classNames={classNames}
          variant={VARIANT[type] ?? 'outlined'}
          value={draft}
          placeholder={placeholder}
          aria-label={text?.label ?? strings.edit}
          autoSize={autoSize ? { minRows: 2, maxRows: 16 } : false}
          style={autoSize ? textareaStyle : { height, ...textareaStyle }}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className={styles.buttons}>
          {renderButtons ? (
            renderButtons(draft).map((buttonProps, index) => <Button key={index} size="small" {...buttonProps} />)
          ) : (
            <>
              <Button size={editButtonSize} onClick={() => onCancel?.()}>
                {text?.cancel ?? strings.cancel}
              </Button>
              <Button size={editButtonSize} type="primary" onClick={() => onConfirm?.(draft)}>
                {text?.confirm ?? strings.save}
              </Button>
            </>
          )}
        </div>
      </div>
    );
  }),
);
