'use client';

import { ArrowDownOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { createStyles } from 'antd-style';
import type { CSSProperties, ReactNode } from 'react';

const useStyles = createStyles(({ token, css }) => ({
  button: css`
    position: absolute;
    inset-inline-end: ${token.padding}px;
    bottom: ${token.padding}px;
    z-index: 1;
    box-shadow: ${token.boxShadowSecondary};
  `,
}));

export interface BackBottomProps {
  /** Shown when away from the bottom; the list decides. */
  visible?: boolean;
  /** Show even at the bottom. */
  alwaysShow?: boolean;
  onClick?: () => void;
  /** Label (and accessible name). */
  text?: string;
  className?: string;
  style?: CSSProperties;
  /** Replace the button: gets the default node and the scroll function. */
  render?: (defaultDom: ReactNode, scrollToBottom: () => void, config: BackBottomProps) => ReactNode;
}

/** The "back to bottom" button over the message list. */
export function BackBottom(props: BackBottomProps) {
  const { visible = false, alwaysShow = false, onClick, text = 'Back to bottom', className, style, render } = props;
  const { styles, cx } = useStyles();
  if (!visible && !alwaysShow) return null;
  const scroll = () => onClick?.();
  const dom = (
    <Button
      className={cx(styles.button, className)}
      style={style}
      size="small"
      shape="round"
      icon={<ArrowDownOutlined />}
      aria-label={text}
      onClick={scroll}
    >
      {text}
    </Button>
  );
  return <>{render ? render(dom, scroll, props) : dom}</>;
}
