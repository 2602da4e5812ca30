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
}));

export interface ActionBarConfig {
  /** Change the buttons: gets the default ones (the clear button), returns what to show. */
  render?: (defaultDoms: ReactElement[]) => ReactNode[];
  /** Style of the bar (it is a flex row). */
  flexConfig?: CSSProperties;
}

export interface ActionBarProps extends ActionBarConfig {
  locale?: ProChatLocaleStrings;
  onClear: () => void;
  className?: string;
  style?: CSSProperties;
}

/** The bar above the input: "clear conversation" (with a confirm) by default. */
export function ActionBar({ locale, onClear, render, flexConfig, className, style }: ActionBarProps) {
  const strings = locale ?? getLocaleStrings(undefined);
  const { styles, cx } = useStyles();
  const defaults: ReactElement[] = [
    <Popconfirm
      key="clear"
      title={strings.clearConfirm}
      okText={strings.confirm}
      cancelText={strings.cancel}
      onConfirm={onClear}
    >
      <Tooltip title={strings.clearConversation}>
        <Button type="text" size="small" aria-label={strings.clearConversation} icon={<ClearOutlined />} />
      </Tooltip>
    </Popconfirm>,
  ];
  const items = render ? render(defaults) : defaults;
  if (!items || items.length === 0) return null;
  return (
    <div className={cx(styles.bar, className)} style={{ ...flexConfig, ...style }}>
      {items}
    </div>
  );
}
