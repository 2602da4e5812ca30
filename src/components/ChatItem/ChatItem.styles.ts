'use client';

import { createStyles } from 'antd-style';

import { sharedStyles } from '../../ui/sharedStyles';

export const useChatItemStyles = createStyles(({ token, css }) => ({
  row: css`
    display: flex;
    gap: ${token.marginSM}px;
    padding: ${token.paddingXS}px ${token.padding}px;
    align-items: flex-start;
    &:hover [data-part='actions'],
    &:focus-within [data-part='actions'] {
      opacity: 1;
    }
  `,
  right: css`
    flex-direction: row-reverse;
  `,
  docs: css`
    flex-direction: column;
    gap: ${token.marginXS}px;
    padding: ${token.paddingSM}px ${token.padding}px;
    border-bottom: 1px solid ${token.colorBorderSecondary};
  `,
  body: css`
    display: flex;
    flex-direction: column;
    gap: ${token.marginXXS}px;
    min-width: 0;
    max-width: min(85%, 800px);
  `,
  bodyRight: css`
    align-items: flex-end;
  `,
  bodyDocs: css`
    max-width: 100%;
    width: 100%;
  `,
  head: css`
    display: flex;
    gap: ${token.marginXS}px;
    align-items: center;
  `,
  title: css`
    display: flex;
    gap: ${token.marginXS}px;
    align-items: baseline;
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
  `,
  time: css`
    color: ${token.colorTextSecondary};
  `,
  bubble: css`
    padding: ${token.paddingXS}px ${token.paddingSM}px;
    border-radius: ${token.borderRadiusLG}px;
    background: ${token.colorFillTertiary};
    color: ${token.colorText};
    overflow-wrap: anywhere;
    line-height: ${token.lineHeight};
    max-width: 100%;
    & > div > :first-child {
      margin-top: 0;
    }
    & > div > :last-child {
      margin-bottom: 0;
    }
    & pre {
      overflow-x: auto;
      padding: ${token.paddingXS}px;
      border-radius: ${token.borderRadius}px;
      background: ${token.colorFillQuaternary};
    }
    & code {
      font-family: ${token.fontFamilyCode};
      font-size: 0.92em;
      padding: 0.1em 0.35em;
      border-radius: ${token.borderRadiusSM}px;
      background: ${token.colorFillSecondary};
      color: inherit;
    }
    & pre code {
      padding: 0;
      background: transparent;
      font-size: inherit;
    }
    & table {
      border-collapse: collapse;
      display: block;
      overflow-x: auto;
    }
    & th,
    & td {
      border: 1px solid ${token.colorBorderSecondary};
      padding: ${token.paddingXXS}px ${token.paddingXS}px;
    }
    /* Underlined text colour: readable on every bubble background, light or dark. */
    & a {
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 2px;
    }
    & a:hover {
      color: ${token.colorLinkHover};
    }
    & blockquote {
      margin: 0;
      padding-inline-start: ${token.paddingSM}px;
      border-inline-start: 3px solid ${token.colorBorder};
      color: ${token.colorTextSecondary};
    }
  `,
  bubblePrimary: css`
    background: ${token.colorPrimaryBg};
  `,
  bubbleDocs: css`
    background: transparent;
    padding: 0;
  `,
  status: css`
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
  `,
  error: css`
    display: flex;
    gap: ${token.marginSM}px;
    align-items: flex-start;
    justify-content: space-between;
    padding: ${token.paddingXS}px ${token.paddingSM}px;
    border: 1px solid ${token.colorErrorBorder};
    border-radius: ${token.borderRadiusLG}px;
    background: ${token.colorErrorBg};
    color: ${token.colorText};
  `,
  errorText: css`
    display: flex;
    flex-direction: column;
    gap: ${token.marginXXS}px;
    overflow-wrap: anywhere;
  `,
  errorButtons: css`
    display: flex;
    gap: ${token.marginXXS}px;
    flex-shrink: 0;
  `,
  footer: css`
    display: flex;
    align-items: center;
    gap: ${token.marginXS}px;
  `,
  versions: css`
    display: inline-flex;
    align-items: center;
    gap: 2px;
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
    font-variant-numeric: tabular-nums;
  `,
  actions: css`
    display: flex;
    gap: 2px;
    opacity: 0.55;
    transition: opacity ${token.motionDurationFast};
    @media (hover: none) {
      opacity: 1;
    }
    @media (prefers-reduced-motion: reduce) {
      transition: none;
    }
  `,
}));

/** Message rows' styles, built once per chat (ProChat provides them). */

/** Message rows' styles, built once per chat (ProChat provides them). */
export const chatItemStyles = sharedStyles(useChatItemStyles);
