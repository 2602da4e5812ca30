'use client';

import { createStyles } from 'antd-style';
import type { ReactNode } from 'react';

/** A prompt the user can pick instead of typing. */
export interface ChatPrompt {
  key: string;
  /** What the card says; sent as the message when it is text and `message` is not given. */
  label: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  /** The message sent on click. @default the label, when it is text */
  message?: string;
}

/** The text a prompt sends: its `message`, else its label when that is text. */
export function promptMessage(prompt: ChatPrompt): string {
  if (prompt.message !== undefined) return prompt.message;
  return typeof prompt.label === 'string' || typeof prompt.label === 'number' ? String(prompt.label) : '';
}

const useStyles = createStyles(({ token, css }) => ({
  list: css`
    display: flex;
    flex-wrap: wrap;
    gap: ${token.marginXS}px;
    margin: 0;
    padding: 0;
    list-style: none;
  `,
  card: css`
    display: flex;
    align-items: flex-start;
    gap: ${token.marginXS}px;
    max-width: 100%;
    padding: ${token.paddingXS}px ${token.paddingSM}px;
    border: 1px solid ${token.colorBorderSecondary};
    border-radius: ${token.borderRadiusLG}px;
    background: ${token.colorBgContainer};
    color: ${token.colorText};
    font: inherit;
    text-align: start;
    cursor: pointer;
    transition:
      border-color ${token.motionDurationFast},
      background ${token.motionDurationFast};
    &:hover {
      border-color: ${token.colorPrimaryBorderHover};
      background: ${token.colorFillQuaternary};
    }
    &:focus-visible {
      outline: 2px solid ${token.colorPrimaryBorder};
      outline-offset: 1px;
    }
    @media (prefers-reduced-motion: reduce) {
      transition: none;
    }
  `,
  chip: css`
    padding: ${token.paddingXXS}px ${token.paddingSM}px;
    border-radius: ${token.borderRadiusLG * 2}px;
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
  `,
  icon: css`
    flex: none;
    line-height: ${token.lineHeight * token.fontSize}px;
  `,
  text: css`
    display: flex;
    flex-direction: column;
    min-width: 0;
  `,
  description: css`
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
  `,
}));

export interface PromptsProps {
  items: readonly ChatPrompt[];
  onItemClick: (prompt: ChatPrompt) => void;
  /** The list's accessible name. */
  label: string;
  /**
   * `cards`: label, description and icon (prompt starters); `chips`: small one-line buttons
   * (follow-up suggestions).
   * @default 'cards'
   */
  variant?: 'cards' | 'chips';
  className?: string;
}

/** Prompt starters or follow-up suggestions: a list of buttons, each one reachable by Tab. */
export function Prompts({ items, onItemClick, label, variant = 'cards', className }: PromptsProps) {
  const { styles, cx } = useStyles();
  if (!items.length) return null;
  return (
    <ul className={cx(styles.list, className)} aria-label={label} data-part={variant === 'chips' ? 'follow-ups' : 'prompts'}>
      {items.map((prompt) => (
        <li key={prompt.key}>
          <button type="button" className={cx(styles.card, variant === 'chips' && styles.chip)} onClick={() => onItemClick(prompt)}>
            {prompt.icon && variant === 'cards' && (
              <span className={styles.icon} aria-hidden="true">
                {prompt.icon}
              </span>
            )}
            <span className={styles.text}>
              <span>{prompt.label}</span>
              {prompt.description && variant === 'cards' && (
                <>
                  {/* A space, so the button's name reads "label description", not "labeldescription". */}{' '}
                  <span className={styles.description}>{prompt.description}</span>
                </>
              )}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
