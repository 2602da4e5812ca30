'use client';

import { Tooltip } from 'antd';
import { createStyles } from 'antd-style';
import { forwardRef, memo, type HTMLAttributes, type ReactNode } from 'react';

import { useLocaleStrings } from '../locale/useLocaleStrings';

/** How much of the budget is left: more than 30%, some, or none. */
export type TokenTagStatus = 'normal' | 'low' | 'overload';

const useStyles = createStyles(({ token, css }) => ({
  tag: css`
    display: inline-flex;
    align-items: center;
    gap: ${token.marginXXS}px;
    height: ${token.controlHeightSM}px;
    padding: 0 ${token.paddingXS}px;
    border: 1px solid ${token.colorBorderSecondary};
    background: ${token.colorFillTertiary};
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
    line-height: 1;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  `,
  round: css`
    border-radius: ${token.controlHeightSM}px;
  `,
  square: css`
    border-radius: ${token.borderRadiusSM}px;
  `,
  normal: css``,
  low: css`
    border-color: ${token.colorWarningBorder};
    background: ${token.colorWarningBg};
    color: ${token.colorWarningText};
  `,
  overload: css`
    border-color: ${token.colorErrorBorder};
    background: ${token.colorErrorBg};
    color: ${token.colorErrorText};
  `,
  dot: css`
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: ${token.colorSuccess};
    flex-shrink: 0;
  `,
  dotLow: css`
    background: ${token.colorWarning};
  `,
  dotOverload: css`
    background: ${token.colorError};
  `,
}));

export interface TokenTagProps extends HTMLAttributes<HTMLDivElement> {
  /** Show the tokens left (`remained`, default) or the tokens used (`used`). */
  displayMode?: 'remained' | 'used';
  /** The token budget. */
  maxValue: number;
  /** Tokens used so far. */
  value: number;
  /** Pill (`round`, default) or small radius (`square`). */
  shape?: 'round' | 'square';
  /** Labels; default to the antd ConfigProvider locale's (English: "Remaining", "Used", "Over limit"). */
  text?: {
    overload?: string;
    remained?: string;
    used?: string;
  };
  /** Tooltip on hover; defaults to "value / maxValue". `false` shows none. */
  tooltip?: ReactNode | false;
}

/** `normal` while more than 30% of the budget is left, `low` until it runs out, then `overload`. */
export function getTokenStatus(value: number, maxValue: number): TokenTagStatus {
  const left = maxValue - value;
  if (left <= 0) return 'overload';
  return maxValue > 0 && left / maxValue > 0.3 ? 'normal' : 'low';
}

/**
 * Tokens left of (or used from) a budget, as text. Turns to the warning colour when 30% or less
 * is left and to the error colour, reading "Overload", when the budget is used up. The state is
 * also in `data-status` (`normal`, `low`, `overload`).
 */
export const TokenTag = memo(
  forwardRef<HTMLDivElement, TokenTagProps>(function TokenTag(
    { className, displayMode = 'remained', maxValue, value, shape = 'round', text, tooltip, ...rest },
    ref,
  ) {
    const { styles, cx } = useStyles();
    const strings = useLocaleStrings(undefined);
    const status = getTokenStatus(value, maxValue);
    const label =
      status === 'overload'
        ? `${text?.overload || strings.tokenOverload} ${value} / ${maxValue}`
        : displayMode === 'remained'
          ? `${text?.remained || strings.tokenRemained} ${maxValue - value}`
          : `${text?.used || strings.tokenUsed} ${value}`;
    const tag = (
      <div ref={ref} className={cx(styles.tag, styles[shape] ?? styles.round, styles[status], className)} data-status={status} {...rest}>
        <span className={cx(styles.dot, status === 'low' && styles.dotLow, status === 'overload' && styles.dotOverload)} aria-hidden />
        <span>{label}</span>
      </div>
    );
    if (tooltip === false) return tag;
    return <Tooltip title={tooltip ?? `${value} / ${maxValue}`}>{tag}</Tooltip>;
  }),
);
