'use client';

import { ArrowUpOutlined, AudioOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Input, type AutoComplete, type ButtonProps, type GetProps, type GetRef } from 'antd';
import { createStyles } from 'antd-style';
import {
  forwardRef,
  lazy,
  Suspense,
  useImperativeHandle,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

import { acceptAttribute, type ChatAttachment } from '../../core/attachments';
import { getLocaleStrings, type ProChatLocaleStrings } from '../../locale';
import { useAttachments, type AttachmentOptions } from './useAttachments';
import { canMeasureLayout } from '../../ui/canMeasureLayout';
import { useDraft } from './useDraft';
import { useVoiceInput, type VoiceInputOptions } from './useVoiceInput';
import { useAutocomplete, type AutocompleteRequest } from './useAutocomplete';

type TextAreaProps = GetProps<typeof Input.TextArea>;

// Loaded with the first attached file: most chats never attach one.
const AttachmentList = lazy(() => import('./AttachmentList').then((module) => ({ default: module.AttachmentList })));
type TextAreaRef = GetRef<typeof Input.TextArea>;

const useStyles = createStyles(({ token, css }) => ({
  root: css`
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: ${token.marginXS}px;
    align-items: flex-end;
    padding: ${token.paddingXS}px ${token.paddingSM}px;
    margin: 0 ${token.paddingSM}px ${token.paddingSM}px;
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.borderRadiusLG}px;
    background: ${token.colorBgContainer};
    &:focus-within {
      border-color: ${token.colorPrimary};
      box-shadow: 0 0 0 2px ${token.colorPrimaryBg};
    }
    /* The ring is drawn around the whole box; the textarea itself shows none. */
    & textarea:focus,
    & textarea:focus-visible {
      outline: none;
      box-shadow: none;
      border-color: transparent;
    }
  `,
  hint: css`
    position: absolute;
    bottom: calc(100% + ${token.marginXXS}px);
    inset-inline: ${token.paddingSM}px;
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
    pointer-events: none;
    &:empty {
      display: none;
    }
  `,
  suggestions: css`
    position: absolute;
    inset-inline: 0;
    bottom: calc(100% + ${token.marginXXS}px);
    z-index: ${token.zIndexPopupBase};
    margin: 0;
    padding: ${token.paddingXXS}px;
    list-style: none;
    max-height: 240px;
    overflow-y: auto;
    background: ${token.colorBgElevated};
    border-radius: ${token.borderRadiusLG}px;
    box-shadow: ${token.boxShadowSecondary};
  `,
  suggestion: css`
    padding: ${token.paddingXXS}px ${token.paddingSM}px;
    border-radius: ${token.borderRadiusSM}px;
    cursor: pointer;
    color: ${token.colorText};
    &[aria-selected='true'],
    &:hover {
      background: ${token.controlItemBgHover};
    }
  `,
  text: css`
    flex: 1;
    min-width: 0;
  `,
  fileInput: css`
    display: none;
  `,
  stopIcon: css`
    display: inline-block;
    width: 10px;
    height: 10px;
    border-radius: 2px;
    background: currentColor;
  `,
}));

/** Props passed through to the textarea; `value` + `onChange(value)` make it controlled. */
export type InputAreaTextProps = Omit<TextAreaProps, 'value' | 'onChange'> & {
  value?: string;
  onChange?: (value: string) => void;
  /**
   * pro-chat 1.x's props for the antd `AutoComplete` around its textarea. Accepted so such apps
   * type-check and render, but not used: suggestions come from `autocompleteRequest`, in a
   * list of this component's own. Never reaches the DOM.
   */
  autoCompleteProps?: GetProps<typeof AutoComplete>;
};

export interface InputAreaProps {
  locale?: ProChatLocaleStrings;
  /** True while a reply streams: the Send button becomes Stop and Enter does not send. */
  generating?: boolean;
  /** Enter sends while a reply streams (the chat queues it) instead of asking the user to wait. @default false */
  queueWhileGenerating?: boolean;
  /** Called with the text, and the attached files when there are any. */
  onSend: (text: string, files?: ChatAttachment[]) => void;
  onStop?: () => void;
  placeholder?: string;
  className?: string;
  /** Passed to the textarea. */
  inputAreaProps?: InputAreaTextProps;
  /** Replace the textarea: gets the default node, a send function and the textarea's props. */
  inputRender?: (defaultDom: ReactNode, onSend: (text: string) => void, defaultProps: TextAreaProps) => ReactNode;
  /** Replace the Send / Stop button: gets the default node and its props. */
  sendButtonRender?: (defaultDom: ReactNode, defaultProps: ButtonProps) => ReactNode;
  /**
   * Suggestions under the input for the text typed so far; the input becomes a combobox
   * (arrow keys move, Enter or a click picks, Escape closes).
   */
  autocompleteRequest?: AutocompleteRequest;
  /** Wait this long after the last keystroke before asking for suggestions, in ms (default 200). */
  autocompleteDelay?: number;
  /**
   * Let the user attach files: an attach button, paste and drop. The rules (`accept`, `maxFiles`,
   * `maxSize`) and where files go (`upload`); without it they travel in the message.
   */
  attachments?: AttachmentOptions;
  /**
   * A microphone button: the words appear in the box as they are spoken (the browser's speech
   * recognition, where it has one; hidden where not), or are transcribed by `speechToText`.
   */
  voiceInput?: VoiceInputOptions;
  /** The language of voice input (a BCP 47 tag). */
  speechLang?: string;
}

export interface InputAreaHandle {
  focus: () => void;
  /** Attaches files as if the user picked them (checked against the rules); for a drop on the chat. */
  addFiles: (files: readonly File[]) => void;
}

/**
 * The message box. Enter sends, Shift+Enter inserts a newline, and Enter pressed to confirm an IME
 * candidate (Chinese, Japanese, Korean input) never sends.
 */
export const InputArea = forwardRef<InputAreaHandle, InputAreaProps>(function InputArea(
  {
    locale,
    generating = false,
    queueWhileGenerating = false,
    onSend,
    onStop,
    placeholder,
    className,
    inputAreaProps,
    inputRender,
    sendButtonRender,
    autocompleteRequest,
    autocompleteDelay = 200,
    attachments,
    voiceInput,
    speechLang,
  },
  ref,
) {
  const strings = locale ?? getLocaleStrings(undefined);
  const { styles, cx } = useStyles();
  const [own, setOwn] = useDraft();
  const controlled = inputAreaProps?.value !== undefined;
  const value = controlled ? (inputAreaProps?.value ?? '') : own;
  const composing = useRef(false);
  const area = useRef<TextAreaRef>(null);
  const files = useAttachments(attachments, strings);
  const picker = useRef<HTMLInputElement>(null);
  const addFiles = files.add;
  useImperativeHandle(ref, () => ({ focus: () => area.current?.focus(), addFiles: (list) => attachments && addFiles(list) }), [
    addFiles,
    attachments,
  ]);

  const setValue = (next: string) => {
    if (!controlled) setOwn(next);
    inputAreaProps?.onChange?.(next);
  };
  const suggest = useAutocomplete(value, autocompleteRequest, autocompleteDelay);
  const voice = useVoiceInput(voiceInput, { value, setValue, lang: speechLang });
  const { autoCompleteProps: _notForTheTextarea, ...textAreaProps } = inputAreaProps ?? {};
  const pickSuggestion = (index: number) => {
    const picked = suggest.pick(index);
    if (picked !== undefined) setValue(picked);
  };

  // Enter was pressed while a reply streams: the text stays and the box says why it waits.
  const [waiting, setWaiting] = useState(false);
  if (waiting && !generating) setWaiting(false);

  /** Something to send: text, or files alone; never while a file is still on its way. */
  const sendable = (!!value.trim() || files.ready.length > 0) && !files.busy;
  // Enter was pressed while a file is not ready: the box says what it waits for.
  const [waitingForFiles, setWaitingForFiles] = useState(false);
  if (waitingForFiles && !files.busy) setWaitingForFiles(false);
  const send = () => {
    if (files.busy && (value.trim() || files.items.length)) {
      setWaitingForFiles(true);
      return;
    }
    if (!sendable) return;
    if (generating && !queueWhileGenerating) {
      setWaiting(true);
      return;
    }
    // What is still being heard would fill the box again after it was sent.
    voice.stop();
    if (files.ready.length) onSend(value, files.ready);
    else onSend(value);
    setValue('');
    files.clear();
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    inputAreaProps?.onPaste?.(event);
    if (!attachments || event.defaultPrevented) return;
    const pasted = [...event.clipboardData.files];
    if (!pasted.length) return;
    // A pasted screenshot has no text; a copy from a document may have both: keep its text.
    if (!event.clipboardData.types.includes('text/plain')) event.preventDefault();
    void files.add(pasted);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    inputAreaProps?.onKeyDown?.(event);
    if (event.defaultPrevented) return;
    const imeBusy = event.nativeEvent.isComposing || event.keyCode === 229 || composing.current;
    if (suggest.open && !imeBusy) {
      const count = suggest.options.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        suggest.setActive(suggest.active < 0 && step < 0 ? count - 1 : (suggest.active + step + count) % count);
        return;
      }
      if (event.key === 'Escape') {
        // Closes the list only; Escape in the chat otherwise stops a running reply.
        event.preventDefault();
        event.stopPropagation();
        suggest.close();
        return;
      }
      if (event.key === 'Enter' && !event.shiftKey && suggest.active >= 0) {
        event.preventDefault();
        pickSuggestion(suggest.active);
        return;
      }
    }
    if (event.key !== 'Enter' || event.shiftKey) return;
    // isComposing covers most browsers; keyCode 229 covers Safari, which fires the confirming
    // keydown after compositionend; the ref covers engines that report neither.
    if (event.nativeEvent.isComposing || event.keyCode === 229 || composing.current) return;
    event.preventDefault();
    send();
  };

  const textProps: TextAreaProps = {
    placeholder: placeholder ?? strings.placeholder,
    'aria-label': strings.inputLabel,
    autoSize: canMeasureLayout ? { minRows: 1, maxRows: 8 } : false,
    variant: 'borderless',
    ...textAreaProps,
    value,
    onChange: (event) => setValue(event.target.value),
    onKeyDown,
    onPaste,
    onCompositionStart: (event) => {
      composing.current = true;
      inputAreaProps?.onCompositionStart?.(event);
    },
    onCompositionEnd: (event) => {
      composing.current = false;
      inputAreaProps?.onCompositionEnd?.(event);
    },
  };
  if (autocompleteRequest) {
    Object.assign(textProps, {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': suggest.open,
      'aria-controls': suggest.listId,
      'aria-activedescendant': suggest.active >= 0 ? suggest.optionId(suggest.active) : undefined,
    });
  }
  const textarea = <Input.TextArea ref={area} {...textProps} />;

  const buttonProps: ButtonProps = generating
    ? {
        'aria-label': strings.stop,
        title: strings.stop,
        shape: 'circle',
        icon: <span className={styles.stopIcon} aria-hidden />,
        onClick: () => {
          onStop?.();
          area.current?.focus();
        },
      }
    : {
        type: 'primary',
        'aria-label': strings.send,
        title: strings.send,
        shape: 'circle',
        icon: <ArrowUpOutlined />,
        disabled: !sendable,
        onClick: () => {
          send();
          area.current?.focus();
        },
      };
  const button = <Button {...buttonProps} />;

  return (
    <div className={cx(styles.root, className)}>
      {autocompleteRequest && (
        <ul id={suggest.listId} role="listbox" aria-label={strings.suggestions} className={styles.suggestions} hidden={!suggest.open}>
          {suggest.open &&
            suggest.options.map((option, index) => (
              // The combobox input handles the keys (aria-activedescendant); a click picks too.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={`${index}-${option.value}`}
                id={suggest.optionId(index)}
                role="option"
                aria-selected={index === suggest.active}
                className={styles.suggestion}
                // Keep focus in the textarea while clicking.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  pickSuggestion(index);
                  area.current?.focus();
                }}
              >
                {option.label ?? option.value}
              </li>
            ))}
        </ul>
      )}
      {attachments && (files.items.length > 0 || files.refusals.length > 0) && (
        <Suspense fallback={null}>
          <AttachmentList
            items={files.items}
            refusals={files.refusals}
            strings={strings}
            onRemove={(id) => {
              files.remove(id);
              // The button goes with the file: the focus goes back to the box.
              area.current?.focus();
            }}
            onRetry={files.retry}
          />
        </Suspense>
      )}
      {attachments && (
        <>
          <input
            ref={picker}
            type="file"
            multiple={attachments.maxFiles !== 1}
            accept={acceptAttribute(attachments.accept)}
            className={styles.fileInput}
            tabIndex={-1}
            aria-hidden
            data-part="file-input"
            onChange={(event) => {
              void files.add([...(event.target.files ?? [])]);
              // The same file can be picked again after it was removed.
              event.target.value = '';
            }}
          />
          <Button
            type="text"
            shape="circle"
            icon={<PaperClipOutlined />}
            aria-label={strings.attach}
            title={strings.attach}
            onClick={() => picker.current?.click()}
          />
        </>
      )}
      <div className={styles.text}>{inputRender ? inputRender(textarea, onSend, textProps) : textarea}</div>
      {voice.available && (
        <Button
          type={voice.listening ? 'primary' : 'text'}
          ghost={voice.listening}
          shape="circle"
          icon={<AudioOutlined />}
          aria-label={voice.listening ? strings.stopVoiceInput : strings.voiceInput}
          title={voice.listening ? strings.stopVoiceInput : strings.voiceInput}
          aria-pressed={voice.listening}
          onClick={() => {
            if (voice.listening) voice.stop();
            else void voice.start();
            area.current?.focus();
          }}
        />
      )}
      {sendButtonRender ? sendButtonRender(button, buttonProps) : button}
      <div className={styles.hint} role="status">
        {waiting
          ? (strings.replyInProgress ?? getLocaleStrings(undefined).replyInProgress)
          : waitingForFiles
            ? (strings.attachmentsPending ?? getLocaleStrings(undefined).attachmentsPending)
            : voice.listening
              ? strings.listening
              : voice.problem === 'denied'
                ? strings.voiceDenied
                : voice.problem === 'failed'
                  ? strings.voiceFailed
                  : null}
      </div>
    </div>
  );
});
