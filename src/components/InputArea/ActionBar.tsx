'use client';

import { ClearOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tooltip } from 'antd';
import { createStyles } from 'antd-style';
import type { CSSProperties, ReactElement, ReactNode } from 'react';

import { getLocaleStrings, type ProChatLocaleStrings } from '../../locale';

const useStyles = createStyles(({ token, css }) => ({
  bar: css`
    display: flex;
    flex-direction: row-reverse;
    align-items: center;
    gap: ${token.marginXS}px;
    padding: ${token.paddingXXS}px ${token.padding}px;
  `,
  start: css`
    margin-inline-end: auto;
  `,
}));

export interface ActionBarConfig {
  /** Change the buttons: gets the default ones (the clear button), returns what to show. */
  render?: (defaultDoms: ReactElement[]) => ReactNode[];
  /**
   * Layout of the bar (a flex row): CSS properties, and pro-chat's Flexbox shorthands `direction`
   * ('horizontal' | 'vertical' | '…-reverse'), `justify`, `align`, `gap` (a number is px).
   */
  flexConfig?: ActionBarFlexConfig;
}

export type ActionBarFlexConfig = Omit<CSSProperties, 'direction'> & {
  direction?: 'horizontal' | 'vertical' | 'horizontal-reverse' | 'vertical-reverse';
  justify?: CSSProperties['justifyContent'];
  align?: CSSProperties['alignItems'];
};

const FLEX_DIRECTIONS = {
  horizontal: 'row',
  vertical: 'column',
  'horizontal-reverse': 'row-reverse',
  'vertical-reverse': 'column-reverse',
} as const;

function flexStyle(config: ActionBarFlexConfig | undefined): CSSProperties | undefined {
  if (!config) return undefined;
  const { direction, justify, align, ...css } = config;
  const style: CSSProperties = { ...css };
  if (direction) style.flexDirection = FLEX_DIRECTIONS[direction];
  if (justify !== undefined) style.justifyContent = justify;
  if (align !== undefined) style.alignItems = align;
  return style;
}

export interface ActionBarProps extends ActionBarConfig {
  locale?: ProChatLocaleStrings;
  onClear: () => void;
  /** Shown at the start of the bar, e.g. the model picker; one of the default items `render` gets. */
  start?: ReactElement;
  className?: string;
  style?: CSSProperties;
}

/** The bar above the input: "clear conversation" (with a confirm) by default. */
export function ActionBar({ locale, onClear, start, render, flexConfig, className, style }: ActionBarProps) {
  const strings = locale ?? getLocaleStrings(undefined);
  const { styles, cx } = useStyles();
  const defaults: ReactElement[] = [
    <Popconfirm key="clear" title={strings.clearConfirm} okText={strings.confirm} cancelText={strings.cancel} onConfirm={onClear}>
      <Tooltip title={strings.clearConversation}>
        <Button type="text" size="small" aria-label={strings.clearConversation} icon={<ClearOutlined />} />
      </Tooltip>
    </Popconfirm>,
  ];
  // The bar runs right to left (row-reverse): the last item is the first at the start edge.
  if (start)
    defaults.push(
      <div key="start" className={styles.start}>
        {start}
      </div>,
    );
  const items = render ? render(defaults) : defaults;
  if (!items || items.length === 0) return null;
  return (
    <div className={cx(styles.bar, className)} style={{ ...flexStyle(flexConfig), ...style }}>
      {items}
    </div>
  );
}
