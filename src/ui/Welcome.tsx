'use client';

import { createStyles } from 'antd-style';
import type { ReactNode } from 'react';

export interface WelcomeProps {
  icon?: ReactNode;
  title?: ReactNode;
  description?: ReactNode;
  className?: string;
}

const useStyles = createStyles(({ token, css }) => ({
  root: css`
    display: flex;
    gap: ${token.marginSM}px;
    align-items: flex-start;
  `,
  icon: css`
    flex: none;
    font-size: ${token.fontSizeHeading3}px;
    line-height: 1;
  `,
  title: css`
    margin: 0 0 ${token.marginXXS}px;
    color: ${token.colorText};
    font-size: ${token.fontSizeHeading4}px;
    font-weight: ${token.fontWeightStrong};
  `,
  description: css`
    margin: 0;
    color: ${token.colorTextSecondary};
  `,
}));

/** The block an empty chat opens with: an icon, a title and a description. */
export function Welcome({ icon, title, description, className }: WelcomeProps) {
  const { styles, cx } = useStyles();
  return (
    <div className={cx(styles.root, className)} data-part="welcome">
      {icon && (
        <div className={styles.icon} aria-hidden="true">
          {icon}
        </div>
      )}
      <div>
        {title && <h2 className={styles.title}>{title}</h2>}
        {description && <p className={styles.description}>{description}</p>}
      </div>
    </div>
  );
}
