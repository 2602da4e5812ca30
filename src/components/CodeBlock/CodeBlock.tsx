import { createStyles } from 'antd-style';
import { useContext, type ComponentProps } from 'react';
import type { ExtraProps } from 'react-markdown';

import { ChatLocaleContext } from '../../locale/context';
import { useLocaleStrings } from '../../locale/useLocaleStrings';
import { CopyButton } from '../CopyButton/CopyButton';

const useStyles = createStyles(({ token, css }) => ({
  block: css`
    margin: ${token.marginXS}px 0;
    border: 1px solid ${token.colorBorderSecondary};
    border-radius: ${token.borderRadius}px;
    background: ${token.colorFillQuaternary};
    overflow: hidden;
    && > pre {
      margin: 0;
      border: 0;
      border-radius: 0;
      background: transparent;
    }
  `,
  header: css`
    display: flex;
    align-items: center;
    justify-content: space-between;
    min-height: ${token.controlHeightSM}px;
    padding: 0 ${token.paddingXXS}px 0 ${token.paddingSM}px;
    border-bottom: 1px solid ${token.colorBorderSecondary};
    color: ${token.colorTextSecondary};
    font-family: ${token.fontFamilyCode};
    font-size: ${token.fontSizeSM}px;
  `,
}));

interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
}

function textOf(node: HastNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The fence's language (`ts` from ```ts), from the code element's `language-…` class. */
export function languageOf(node: HastNode | undefined): string | undefined {
  const code = node?.children?.find((child) => child.tagName === 'code');
  const classes = code?.properties?.className;
  const list = Array.isArray(classes) ? classes : typeof classes === 'string' ? classes.split(' ') : [];
  const found = list.find((c): c is string => typeof c === 'string' && c.startsWith('language-'));
  return found?.slice('language-'.length) || undefined;
}

/**
 * A fenced code block in a reply: the language name and a Copy button (with feedback, localized)
 * above the code. Used as the markdown renderer's `pre`; `markdownProps.components.pre` replaces it.
 * Its element type never changes while the block streams, so the block is updated in place.
 */
export function CodeBlock({ node, children, ...pre }: ComponentProps<'pre'> & ExtraProps) {
  const { styles } = useStyles();
  const chat = useContext(ChatLocaleContext);
  const fallback = useLocaleStrings(undefined);
  const strings = chat ?? fallback;
  const hast = node as unknown as HastNode | undefined;
  const language = languageOf(hast);
  return (
    <div className={styles.block} data-part="code-block" data-language={language}>
      <div className={styles.header}>
        <span>{language ?? ''}</span>
        <CopyButton
          content={() => textOf(hast).replace(/\n$/, '')}
          label={strings.copyCode}
          copiedLabel={strings.copied}
        />
      </div>
      <pre {...pre}>{children}</pre>
    </div>
  );
}
