'use client';

import { DownOutlined, LoadingOutlined, RightOutlined } from '@ant-design/icons';
import { createStyles } from 'antd-style';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import { getLocaleStrings, type ProChatLocaleStrings } from '../../locale';
import { Markdown, type MarkdownProps } from '../../markdown/Markdown';

const useStyles = createStyles(({ token, css }) => ({
  panel: css`
    margin-bottom: ${token.marginXS}px;
  `,
  toggle: css`
    display: inline-flex;
    align-items: center;
    gap: ${token.marginXXS}px;
    padding: 2px ${token.paddingXS}px;
    margin-inline-start: -${token.paddingXS}px;
    border: 0;
    border-radius: ${token.borderRadiusSM}px;
    background: transparent;
    color: ${token.colorTextSecondary};
    font: inherit;
    font-size: ${token.fontSizeSM}px;
    cursor: pointer;
    &:hover {
      background: ${token.colorFillTertiary};
    }
    &:focus-visible {
      outline: 2px solid ${token.colorPrimaryBorder};
      outline-offset: 1px;
    }
  `,
  body: css`
    margin-top: ${token.marginXXS}px;
    padding-inline-start: ${token.paddingSM}px;
    border-inline-start: 2px solid ${token.colorBorderSecondary};
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
  `,
}));

export interface ThinkingPanelProps {
  /** The reasoning text (markdown). */
  children: string;
  /** The model is still thinking: the panel is open and says so. */
  thinking: boolean;
  /** How long the thinking took, when known; shown as "Thought for N s". */
  durationMs?: number;
  locale?: ProChatLocaleStrings;
  markdownProps?: Omit<MarkdownProps, 'children' | 'streaming'>;
  className?: string;
}

/**
 * A reasoning model's thinking, before its answer: open and live while the model thinks, folded
 * once the answer starts ("Thought for N s"), and re-openable. The toggle is a button with
 * `aria-expanded` controlling the region that holds the text.
 */
export function ThinkingPanel({ children, thinking, durationMs, locale, markdownProps, className }: ThinkingPanelProps) {
  const strings = locale ?? getLocaleStrings(undefined);
  const { styles, cx } = useStyles();
  const id = useId();
  // Open while thinking; folds itself once when the answer starts, unless the reader chose.
  const [expanded, setExpanded] = useState(thinking);
  const chosen = useRef(false);
  const wasThinking = useRef(thinking);
  useEffect(() => {
    if (wasThinking.current && !thinking && !chosen.current) setExpanded(false);
    if (thinking && !wasThinking.current && !chosen.current) setExpanded(true);
    wasThinking.current = thinking;
  }, [thinking]);

  let label: ReactNode;
  if (thinking) label = strings.thinkingNow;
  else if (durationMs !== undefined) label = strings.thoughtFor.replace('{seconds}', String(Math.max(1, Math.round(durationMs / 1000))));
  else label = strings.thoughtProcess;

  const regionId = `${id}-thinking`;
  return (
    <div className={cx(styles.panel, className)} data-part="thinking">
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={expanded}
        aria-controls={regionId}
        onClick={() => {
          chosen.current = true;
          setExpanded((open) => !open);
        }}
      >
        {thinking ? <LoadingOutlined aria-hidden /> : expanded ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
        <span>{label}</span>
      </button>
      <div id={regionId} role="region" aria-label={strings.thoughtProcess} className={styles.body} hidden={!expanded}>
        {expanded && (
          <Markdown {...markdownProps} streaming={thinking}>
            {children}
          </Markdown>
        )}
      </div>
    </div>
  );
}

/**
 * How long a reply spent thinking, measured while it streams: from the first render with an open
 * think block to the render where it closed. Unknown (undefined) for a reply that was already
 * complete when it appeared.
 */
export function useThinkingDuration(hasThinking: boolean, thinking: boolean): number | undefined {
  const started = useRef<number | null>(null);
  const [duration, setDuration] = useState<number>();
  if (hasThinking && thinking && started.current === null) started.current = Date.now();
  useEffect(() => {
    if (!thinking && started.current !== null && duration === undefined) setDuration(Date.now() - started.current);
  }, [thinking, duration]);
  return duration;
}
