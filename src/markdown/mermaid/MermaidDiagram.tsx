'use client';

import { Button, theme as antdTheme } from 'antd';
import { createStyles } from 'antd-style';
import { useContext, useEffect, useState } from 'react';

import { ChatLocaleContext } from '../../locale/context';
import { useLocaleStrings } from '../../locale/useLocaleStrings';
import { CopyButton } from '../../ui/CopyButton';
import { isDarkColor } from '../../ui/isDarkColor';
import type { DiagramProps } from '../plugins';

const useStyles = createStyles(({ token, css }) => ({
  block: css`
    margin: ${token.marginXS}px 0;
    border: 1px solid ${token.colorBorderSecondary};
    border-radius: ${token.borderRadius}px;
    overflow: hidden;
  `,
  header: css`
    display: flex;
    align-items: center;
    gap: ${token.marginXXS}px;
    min-height: ${token.controlHeightSM}px;
    padding: 0 ${token.paddingXXS}px 0 ${token.paddingSM}px;
    border-bottom: 1px solid ${token.colorBorderSecondary};
    background: ${token.colorFillQuaternary};
    color: ${token.colorTextSecondary};
    font-family: ${token.fontFamilyCode};
    font-size: ${token.fontSizeSM}px;
    & > :first-child {
      margin-inline-end: auto;
    }
  `,
  drawing: css`
    padding: ${token.paddingSM}px;
    overflow-x: auto;
    text-align: center;
    & svg {
      max-width: 100%;
      height: auto;
    }
  `,
  error: css`
    margin: ${token.marginXS}px 0 0;
    color: ${token.colorError};
    font-size: ${token.fontSizeSM}px;
  `,
  toggle: css`
    display: flex;
    justify-content: flex-end;
  `,
}));

type Drawn = { key: string; svg?: string; error?: string };

/**
 * A ```mermaid fence: its source while it streams, then the diagram, drawn by mermaid (loaded with
 * the first diagram of the page) in the theme's light or dark colours; "Show source" and Copy above
 * it, and the source with the parser's message when it cannot be drawn.
 */
export function MermaidDiagram({ source, pending, code }: DiagramProps) {
  const { styles } = useStyles();
  const chat = useContext(ChatLocaleContext);
  const fallback = useLocaleStrings(undefined);
  const strings = chat ?? fallback;
  const { token } = antdTheme.useToken();
  const dark = isDarkColor(token.colorBgContainer);
  const key = `${dark ? 'dark' : 'light'}:${source}`;
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [showSource, setShowSource] = useState(false);

  useEffect(() => {
    if (pending || !source.trim()) return undefined;
    let current = true;
    import('./renderMermaid')
      .then(({ renderMermaid }) => renderMermaid(source, dark))
      .then(
        (svg) => current && setDrawn({ key, svg }),
        (error: unknown) => current && setDrawn({ key, error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [pending, source, dark, key]);

  const result = drawn?.key === key ? drawn : null;
  if (pending || !result) return <>{code}</>;
  if (result.error !== undefined) {
    return (
      <div data-part="diagram-error">
        <p className={styles.error} role="note">
          {strings.diagramFailed}: {result.error.split('\n')[0]}
        </p>
        {code}
      </div>
    );
  }
  if (showSource) {
    return (
      <div data-part="diagram-source">
        <div className={styles.toggle}>
          <Button size="small" type="text" onClick={() => setShowSource(false)}>
            {strings.showDiagram}
          </Button>
        </div>
        {code}
      </div>
    );
  }
  return (
    <div className={styles.block} data-part="diagram" data-language="mermaid">
      <div className={styles.header}>
        <span>mermaid</span>
        <Button size="small" type="text" onClick={() => setShowSource(true)}>
          {strings.showSource}
        </Button>
        <CopyButton content={source} label={strings.copyCode} copiedLabel={strings.copied} />
      </div>
      {/* mermaid's SVG, drawn at its strict security level and sanitized again (renderMermaid.ts). */}
      <div
        className={styles.drawing}
        data-part="diagram-drawing"
        role="img"
        aria-label={source}
        dangerouslySetInnerHTML={{ __html: result.svg ?? '' }}
      />
    </div>
  );
}
