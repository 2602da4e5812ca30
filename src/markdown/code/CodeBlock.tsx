'use client';

import { theme as antdTheme } from 'antd';
import { createStyles } from 'antd-style';
import {
  cloneElement,
  Fragment,
  isValidElement,
  memo,
  useCallback,
  useContext,
  useRef,
  type CSSProperties,
  type ReactElement,
  type ReactNode,
} from 'react';

import { ChatLocaleContext } from '../../locale/context';
import { useLocaleStrings } from '../../locale/useLocaleStrings';
import { CopyButton } from '../../ui/CopyButton';
import { isDarkColor } from '../../ui/isDarkColor';
import { sharedStyles } from '../../ui/sharedStyles';
import { MarkdownFeaturesContext } from '../markdownFeatures';
import { languageOf, textOf } from '../parse/hastText';
import type { PreProps } from '../plugins';
import type { CodeTheme, CodeToken } from './tokenizer';
import { useHighlightedCode, type HighlightedCode } from './useHighlightedCode';

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
  lines: css`
    display: block;
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

/** Code blocks' styles, built once per chat (ProChat provides them). */
export const codeBlockStyles = sharedStyles(useStyles);

function tokenStyle(token: CodeToken): CSSProperties | undefined {
  const flags = token.fontStyle ?? 0;
  if (!token.color && !flags) return undefined;
  return {
    color: token.color,
    fontStyle: flags & 1 ? 'italic' : undefined,
    fontWeight: flags & 2 ? 'bold' : undefined,
    textDecoration: [flags & 4 ? 'underline' : '', flags & 8 ? 'line-through' : ''].filter(Boolean).join(' ') || undefined,
  };
}

function TokenSpans({ tokens }: { tokens: CodeToken[] }) {
  return (
    <>
      {tokens.map((token, index) => {
        const style = tokenStyle(token);
        return style ? (
          <span key={index} style={style}>
            {token.content}
          </span>
        ) : (
          token.content
        );
      })}
    </>
  );
}

/**
 * Lines per group. Each group is its own block box, so a long block has few children to reconcile,
 * and a group that changes (coloured, or the streaming last line) is laid out again on its own
 * instead of the whole block.
 */
const LINES_PER_GROUP = 64;

/** A line: its tokens once coloured, else its plain text. */
type Line = CodeToken[] | string;

/** A group of lines; one whose lines have not changed is not rendered again. */
const LineGroup = memo(
  function LineGroup({ lines, className, open }: { lines: Line[]; className: string; open: boolean }) {
    return (
      <span className={className}>
        {lines.map((line, index) => (
          <Fragment key={index}>
            {typeof line === 'string' ? line : <TokenSpans tokens={line} />}
            {!(open && index === lines.length - 1) && '\n'}
          </Fragment>
        ))}
      </span>
    );
  },
  (before, after) =>
    before.open === after.open &&
    before.className === after.className &&
    before.lines.length === after.lines.length &&
    before.lines.every((line, i) => line === after.lines[i]),
);

/** The code as line groups, coloured where `highlighted` covers it, plain elsewhere. */
function groupLines(code: string, highlighted: HighlightedCode, className: string): ReactNode[] {
  const rest = code.slice(highlighted.text.length);
  const plain = rest.split('\n');
  // Text ending in a newline has no line after it; otherwise the last line is still open.
  const open = plain[plain.length - 1] !== '';
  if (!open) plain.pop();
  const lines: Line[] = [...highlighted.lines, ...plain];
  if (highlighted.tail && rest === highlighted.tailText) lines[highlighted.lines.length] = highlighted.tail;
  const groups: ReactNode[] = [];
  for (let at = 0; at < lines.length; at += LINES_PER_GROUP) {
    const last = at + LINES_PER_GROUP >= lines.length;
    groups.push(<LineGroup key={at} lines={lines.slice(at, at + LINES_PER_GROUP)} className={className} open={last && open} />);
  }
  return groups;
}

const CodeCopyButton = memo(CopyButton);

/** The `code` element inside the `pre`: a plain one, or one the renderer's `code` component draws. */
function isCodeElement(node: ReactNode): node is ReactElement<{ children?: ReactNode }> {
  if (!isValidElement(node)) return false;
  return node.type === 'code' || (node.props as { node?: { tagName?: string } }).node?.tagName === 'code';
}

/**
 * A fenced code block in a reply: the language name and a Copy button (with feedback, localized)
 * above the code, coloured by Shiki once its grammar has loaded (plain until then, and for unknown
 * languages): the code plugin's block, which the renderer uses for every fenced block that is not
 * a formula. `markdownProps.components.pre` replaces it, and with `components.code` given the code
 * inside is left to that. Its element type never changes while the block streams, so the block is updated
 * in place.
 */
export function CodeBlock(props: PreProps) {
  return <StyledCodeBlock {...props} />;
}

function CodeBlockView({ node, children, sheet: { styles }, ...pre }: PreProps & { sheet: ReturnType<typeof useStyles> }) {
  const chat = useContext(ChatLocaleContext);
  const features = useContext(MarkdownFeaturesContext);
  const fallback = useLocaleStrings(undefined);
  const { token } = antdTheme.useToken();
  const strings = chat ?? fallback;
  const language = languageOf(node);
  const code = textOf(node);
  const codeTheme: CodeTheme = isDarkColor(token.colorBgContainer) ? 'dark' : 'light';
  // A stable callback, so the Copy button is not rendered again for every streamed token.
  const latest = useRef(code);
  latest.current = code;
  const copyText = useCallback(() => latest.current.replace(/\n$/, ''), []);
  const highlighted = useHighlightedCode(code, language, codeTheme, features.highlight && !features.code, !features.streaming);
  let body: ReactNode = children;
  if (highlighted && isCodeElement(children)) {
    // The same code element (same key and props) with coloured lines, so nothing is re-mounted.
    body = cloneElement(children, undefined, groupLines(code, highlighted, styles.lines));
  }
  return (
    <div className={styles.block} data-part="code-block" data-language={language}>
      <div className={styles.header}>
        <span>{language ?? ''}</span>
        <CodeCopyButton content={copyText} label={strings.copyCode} copiedLabel={strings.copied} />
      </div>
      <pre {...pre} data-highlighted={highlighted ? 'true' : undefined}>
        {body}
      </pre>
    </div>
  );
}

const StyledCodeBlock = codeBlockStyles.withStyles(CodeBlockView);
