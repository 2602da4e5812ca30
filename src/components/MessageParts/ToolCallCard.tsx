'use client';

import { CheckCircleOutlined, CloseCircleOutlined, LoadingOutlined, StopOutlined, ToolOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { createStyles } from 'antd-style';
import { useId } from 'react';

import type { ToolCallPart } from '../../core/parts';
import type { ProChatLocaleStrings } from '../../locale';

const useStyles = createStyles(({ token, css }) => ({
  card: css`
    margin: ${token.marginXS}px 0;
    border: 1px solid ${token.colorBorderSecondary};
    border-radius: ${token.borderRadius}px;
    background: ${token.colorFillQuaternary};
    font-size: ${token.fontSizeSM}px;
    & > summary {
      display: flex;
      align-items: center;
      gap: ${token.marginXS}px;
      padding: ${token.paddingXXS}px ${token.paddingXS}px;
      cursor: pointer;
      list-style: none;
    }
    & > summary::-webkit-details-marker {
      display: none;
    }
    & > summary:focus-visible {
      outline: 2px solid ${token.colorPrimaryBorder};
      outline-offset: 1px;
    }
  `,
  name: css`
    font-family: ${token.fontFamilyCode};
    color: ${token.colorText};
  `,
  state: css`
    margin-inline-start: auto;
    color: ${token.colorTextSecondary};
  `,
  error: css`
    color: ${token.colorError};
  `,
  section: css`
    padding: 0 ${token.paddingXS}px ${token.paddingXS}px;
  `,
  label: css`
    color: ${token.colorTextSecondary};
    margin-bottom: 2px;
  `,
  approval: css`
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token.marginXS}px;
    padding: 0 ${token.paddingXS}px ${token.paddingXS}px;
  `,
  waiting: css`
    border-color: ${token.colorWarningBorder};
    background: ${token.colorWarningBg};
  `,
  code: css`
    margin: 0;
    padding: ${token.paddingXXS}px ${token.paddingXS}px;
    max-height: 240px;
    overflow: auto;
    border-radius: ${token.borderRadiusSM}px;
    background: ${token.colorFillTertiary};
    font-family: ${token.fontFamilyCode};
    white-space: pre-wrap;
    word-break: break-word;
  `,
}));

/** JSON as people read it: pretty-printed; text stays text. */
function pretty(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Arguments that are still arriving, made readable: the raw JSON so far, pretty-printed once it
 * parses (with the brackets it still lacks closed), else as it came.
 */
export function readableArguments(inputText: string): string {
  const text = inputText.trim();
  if (!text) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    try {
      return JSON.stringify(JSON.parse(closeJson(text)), null, 2);
    } catch {
      return inputText;
    }
  }
}

/** Closes the string, arrays and objects a partial JSON text leaves open; undefined-free, may still not parse. */
function closeJson(text: string): string {
  const stack: string[] = [];
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{') stack.push('}');
    else if (char === '[') stack.push(']');
    else if (char === '}' || char === ']') stack.pop();
  }
  let out = (inString ? `${text}"` : text).replace(/[,\s]+$/, '');
  if (out.endsWith(':')) out += ' null';
  return out + stack.reverse().join('');
}

export interface ToolCallCardProps {
  part: ToolCallPart;
  locale: ProChatLocaleStrings;
  /**
   * The reply is still arriving, so a called tool's result may yet come (a server that runs its
   * tools): the state shows a spinner. Once the reply has ended, a call without a result does not.
   * @default false
   */
  pending?: boolean;
  /** Approves a call that waits for approval; without it the card shows no buttons. */
  onApprove?: () => void;
  /** Denies a call that waits for approval. */
  onDeny?: () => void;
}

function stateText(state: ToolCallPart['state'], locale: ProChatLocaleStrings): string {
  switch (state) {
    case 'input-streaming':
      return locale.toolInputStreaming;
    case 'input-available':
      return locale.toolInputAvailable;
    case 'awaiting-approval':
      return locale.toolAwaitingApproval;
    case 'running':
      return locale.toolRunning;
    case 'output-available':
      return locale.toolOutputAvailable;
    case 'output-denied':
      return locale.toolOutputDenied;
    default:
      return locale.toolOutputError;
  }
}

/**
 * The default card for a tool call: the tool's name and where the call is, and, unfolded, its
 * arguments as they stream and its result or error. A call that waits for approval is unfolded,
 * with Approve and Deny. Everything is shown as text.
 */
export function ToolCallCard({ part, locale, pending = false, onApprove, onDeny }: ToolCallCardProps) {
  const { styles, cx } = useStyles();
  const nameId = useId();
  const { state } = part;
  const text = stateText(state, locale);
  const asking = state === 'awaiting-approval' && !part.approval;
  const icon =
    state === 'output-available' ? (
      <CheckCircleOutlined aria-hidden />
    ) : state === 'output-error' ? (
      <CloseCircleOutlined aria-hidden className={styles.error} />
    ) : state === 'output-denied' ? (
      <StopOutlined aria-hidden />
    ) : state === 'input-streaming' || state === 'running' || (pending && state === 'input-available') ? (
      <LoadingOutlined aria-hidden />
    ) : null;
  const args = state === 'input-streaming' ? readableArguments(part.inputText) : pretty(part.input ?? {});
  return (
    <details
      className={cx(styles.card, asking && styles.waiting)}
      data-part="tool-call"
      data-state={state}
      data-tool={part.toolName}
      // Unfolded while it waits for the user, so what they approve is in view.
      open={asking || undefined}
    >
      <summary aria-label={`${locale.tool} ${part.toolName}: ${text}`}>
        <ToolOutlined aria-hidden />
        <span className={styles.name} id={nameId}>
          {part.toolName}
        </span>
        <span className={cx(styles.state, state === 'output-error' && styles.error)} role="status">
          {icon} {text}
        </span>
      </summary>
      <div className={styles.section}>
        <div className={styles.label}>{locale.toolArguments}</div>
        <pre className={styles.code}>{args}</pre>
      </div>
      {asking && onApprove && onDeny && (
        <div className={styles.approval} role="group" aria-label={`${locale.toolAwaitingApproval}: ${part.toolName}`}>
          <Button type="primary" size="small" onClick={onApprove} aria-describedby={nameId}>
            {locale.toolApprove}
          </Button>
          <Button size="small" onClick={onDeny} aria-describedby={nameId}>
            {locale.toolDeny}
          </Button>
        </div>
      )}
      {state === 'output-available' && (
        <div className={styles.section}>
          <div className={styles.label}>{locale.toolResult}</div>
          <pre className={styles.code}>{pretty(part.output)}</pre>
        </div>
      )}
      {state === 'output-error' && part.errorText && (
        <div className={styles.section}>
          <pre className={cx(styles.code, styles.error)}>{part.errorText}</pre>
        </div>
      )}
      {state === 'output-denied' && part.approval?.reason && (
        <div className={styles.section}>
          <pre className={styles.code}>{part.approval.reason}</pre>
        </div>
      )}
    </details>
  );
}
