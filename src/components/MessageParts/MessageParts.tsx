'use client';

import { FileOutlined, LinkOutlined } from '@ant-design/icons';
import { Image } from 'antd';
import { createStyles } from 'antd-style';
import { Fragment, useContext, useMemo, type ReactNode } from 'react';

import type { StoredChatMessage } from '../../core/message';
import { formatBytes, parseDataUrl } from '../../core/attachments';
import type { FilePart, MessagePart, SourceUrlPart, ToolCallPart } from '../../core/parts';
import type { ProChatLocaleStrings } from '../../locale';
import { Markdown, type MarkdownProps } from '../../markdown/Markdown';
import { safeUrl } from '../../markdown/parse/safeUrl';
import { ChatContext } from '../../store/react';
import { ThinkingPanel } from '../ThinkingPanel/ThinkingPanel';
import { useSmoothText } from '../ChatItem/useSmoothText';
import { PartRenderersContext, type PartRender, type ToolCallHelpers } from './partRenderers';
import { ToolCallCard } from './ToolCallCard';

const useStyles = createStyles(({ token, css }) => ({
  sources: css`
    display: flex;
    flex-wrap: wrap;
    gap: ${token.marginXXS}px ${token.marginXS}px;
    margin: ${token.marginXS}px 0 0;
    padding: 0;
    list-style: none;
    font-size: ${token.fontSizeSM}px;
    & a {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      max-width: 280px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  `,
  image: css`
    display: block;
    max-width: 100%;
    max-height: 360px;
    margin: ${token.marginXS}px 0;
    border-radius: ${token.borderRadius}px;
  `,
  file: css`
    display: inline-flex;
    align-items: center;
    gap: ${token.marginXS}px;
    margin: ${token.marginXS}px 0;
    padding: ${token.paddingXXS}px ${token.paddingXS}px;
    border: 1px solid ${token.colorBorderSecondary};
    border-radius: ${token.borderRadius}px;
    font-size: ${token.fontSizeSM}px;
  `,
  files: css`
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: ${token.marginXS}px;
    margin: ${token.marginXS}px 0;
    & img {
      display: block;
    }
  `,
  thumb: css`
    width: 96px;
    height: 96px;
    object-fit: cover;
    border-radius: ${token.borderRadius}px;
    cursor: zoom-in;
  `,
  muted: css`
    color: ${token.colorTextSecondary};
  `,
  step: css`
    height: 0;
    margin: ${token.marginXS}px 0;
    border-top: 1px dashed ${token.colorBorderSecondary};
  `,
  steps: css`
    margin: 0 0 ${token.marginXS}px;
    & > summary {
      cursor: pointer;
      width: fit-content;
      color: ${token.colorTextSecondary};
      font-size: ${token.fontSizeSM}px;
    }
    & > summary:focus-visible {
      outline: 2px solid ${token.colorPrimaryBorder};
      outline-offset: 1px;
    }
    &[open] > summary {
      margin-bottom: ${token.marginXS}px;
    }
  `,
}));

export interface MessagePartsProps {
  message: StoredChatMessage;
  parts: MessagePart[];
  streaming: boolean;
  locale: ProChatLocaleStrings;
  markdownProps?: Omit<MarkdownProps, 'children'>;
  /**
   * Reveal the text being written at a steady pace, as a text-only reply does.
   * @default true
   */
  smoothOutput?: boolean;
}

/**
 * A text part. The one being written is revealed at a steady pace; one kind of element either way,
 * so a part that stops being written keeps its rendered blocks.
 */
function TextPart({
  text,
  live,
  smooth,
  markdownProps,
}: {
  text: string;
  live: boolean;
  smooth: boolean;
  markdownProps?: Omit<MarkdownProps, 'children'>;
}) {
  const shown = useSmoothText(text, live, smooth);
  return (
    <Markdown {...markdownProps} streaming={live}>
      {shown}
    </Markdown>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** Where a reply's steps begin: the index of each step's first part. */
function stepStarts(parts: readonly MessagePart[]): number[] {
  const starts = [0];
  parts.forEach((part, index) => {
    if (part.type === 'step-start') starts.push(index);
  });
  return starts;
}

/**
 * A reply made of parts, in order: text as markdown, reasoning in the thinking panel, tool calls
 * as cards (with Approve and Deny for a call that waits for approval), a quiet line between steps,
 * consecutive sources as one list of links, files as images or file cards; data parts show nothing
 * unless the app renders them. `partRender` / `toolRender` replace any of these. A finished reply
 * of many steps folds the steps before its answer under one summary.
 */
export function MessageParts({ message, parts, streaming, locale, markdownProps, smoothOutput = true }: MessagePartsProps) {
  const { styles } = useStyles();
  const { partRender, toolRender, collapseSteps = 3 } = useContext(PartRenderersContext);
  const chat = useContext(ChatContext);
  const store = chat?.store;
  const helpers = useMemo(() => {
    const made = new Map<string, ToolCallHelpers>();
    return (toolCallId: string): ToolCallHelpers | undefined => {
      if (!store) return undefined;
      let found = made.get(toolCallId);
      if (!found) {
        const state = () => store.getState();
        found = {
          addToolResult: (output) => state().addToolResult(toolCallId, output),
          addToolError: (errorText) => state().addToolError(toolCallId, errorText),
          approve: () => state().approveToolCall(toolCallId),
          deny: (reason) => state().denyToolCall(toolCallId, reason),
        };
        made.set(toolCallId, found);
      }
      return found;
    };
  }, [store]);
  const last = parts.length - 1;

  const renderRange = (from: number, to: number): ReactNode[] => {
    const out: ReactNode[] = [];
    for (let index = from; index < to; index += 1) {
      const part = parts[index];
      const byTool = part.type === 'tool-call' ? toolRender?.[part.toolName] : undefined;
      const tool = part.type === 'tool-call' ? (helpers(part.toolCallId) ?? NO_STORE) : undefined;
      const rendered =
        byTool && part.type === 'tool-call'
          ? byTool(part, message, tool!)
          : (partRender?.[part.type] as PartRender | undefined)?.(part, message);
      if (rendered !== undefined) {
        out.push(<Fragment key={index}>{rendered}</Fragment>);
        continue;
      }
      const live = streaming && index === last;
      switch (part.type) {
        case 'text':
          if (part.text)
            out.push(<TextPart key={index} text={part.text} live={live} smooth={smoothOutput} markdownProps={markdownProps} />);
          break;
        case 'reasoning':
          out.push(
            <ThinkingPanel key={index} thinking={live} locale={locale} markdownProps={markdownProps}>
              {part.text}
            </ThinkingPanel>,
          );
          break;
        case 'tool-call':
          out.push(<ToolCall key={index} part={part} locale={locale} pending={streaming} tool={tool!} />);
          break;
        case 'step-start':
          if (index > from) out.push(<div key={index} className={styles.step} aria-hidden data-part="step-start" />);
          break;
        case 'source-url': {
          const group = runOf(parts, index, to, 'source-url') as SourceUrlPart[];
          index += group.length - 1;
          out.push(
            <ul key={index} className={styles.sources} aria-label={locale.sources} data-part="sources">
              {group.map((source) => {
                const href = safeUrl(source.url, 'link');
                const label = source.title || hostOf(source.url);
                return (
                  <li key={source.sourceId}>
                    {href ? (
                      <a href={href} target="_blank" rel="noreferrer noopener" title={source.url}>
                        <LinkOutlined aria-hidden />
                        {label}
                      </a>
                    ) : (
                      <span className={styles.muted}>{label}</span>
                    )}
                  </li>
                );
              })}
            </ul>,
          );
          break;
        }
        case 'file': {
          // A user's files sit in one row of thumbnails and cards; a reply's images keep their size.
          const group = runOf(parts, index, to, 'file') as FilePart[];
          index += group.length - 1;
          const asThumbnails = message.role === 'user';
          out.push(
            <div key={index} className={styles.files} data-part="files">
              {group.map((file, at) => {
                // The first file's own renderer ran above; the others get theirs here.
                const own = at > 0 ? (partRender?.file as PartRender | undefined)?.(file, message) : undefined;
                return own !== undefined ? (
                  <Fragment key={at}>{own}</Fragment>
                ) : (
                  <FileView key={at} part={file} className={styles} thumbnail={asThumbnails} locale={locale} />
                );
              })}
            </div>,
          );
          break;
        }
        default:
          // Data parts are the app's: nothing to show unless it renders them.
          break;
      }
    }
    return out;
  };

  const starts = stepStarts(parts);
  const answerFrom = starts[starts.length - 1];
  // Many steps: the working steps fold under one summary, open while the reply is written and
  // folded once the answer is there.
  if (collapseSteps !== false && starts.length >= collapseSteps && answerFrom > 0) {
    const answered = !streaming && parts.slice(answerFrom).some((part) => part.type === 'text' && part.text);
    return (
      <>
        <details className={styles.steps} open={!answered} data-part="steps">
          <summary>{locale.stepsSummary.replace('{count}', String(starts.length))}</summary>
          {renderRange(0, answerFrom)}
        </details>
        {renderRange(answerFrom + 1, parts.length)}
      </>
    );
  }
  return <>{renderRange(0, parts.length)}</>;
}

/** The parts of `type` in a row from `from` (before `to`): consecutive sources or files show as one group. */
function runOf(parts: readonly MessagePart[], from: number, to: number, type: MessagePart['type']): MessagePart[] {
  let end = from;
  while (end < to && parts[end].type === type) end += 1;
  return parts.slice(from, end);
}

/** Helpers for a row outside a chat store (a ChatItem used on its own): nothing to answer. */
const NO_STORE: ToolCallHelpers = { addToolResult: () => false, addToolError: () => false, approve: () => false, deny: () => false };

function ToolCall({
  part,
  locale,
  pending,
  tool,
}: {
  part: ToolCallPart;
  locale: ProChatLocaleStrings;
  pending: boolean;
  tool: ToolCallHelpers;
}) {
  return (
    <ToolCallCard
      part={part}
      locale={locale}
      pending={pending}
      onApprove={tool === NO_STORE ? undefined : () => tool.approve()}
      onDeny={tool === NO_STORE ? undefined : () => tool.deny()}
    />
  );
}

/** A data URL's size in bytes, from its base64 length. */
function dataUrlBytes(url: string): number | undefined {
  const data = parseDataUrl(url);
  if (!data) return undefined;
  const padding = data.base64.endsWith('==') ? 2 : data.base64.endsWith('=') ? 1 : 0;
  return Math.floor((data.base64.length * 3) / 4) - padding;
}

function FileView({
  part,
  className,
  thumbnail,
  locale,
}: {
  part: FilePart;
  className: ReturnType<typeof useStyles>['styles'];
  thumbnail: boolean;
  locale: ProChatLocaleStrings;
}) {
  const name = part.filename ?? part.mediaType;
  // data: URLs are fine for images the reply carries; anything else goes through the link rules.
  const imageUrl =
    part.mediaType.startsWith('image/') &&
    (/^data:image\/(png|jpe?g|gif|webp|avif);/i.test(part.url) ? part.url : safeUrl(part.url, 'image'));
  if (imageUrl && thumbnail) {
    // A fixed square, so the row does not move when the image loads; a click or Enter opens it full size.
    return (
      <Image
        className={className.thumb}
        src={imageUrl}
        alt={part.filename ?? ''}
        width={96}
        height={96}
        aria-label={locale.openImage.replace('{name}', () => name)}
        loading="lazy"
        data-part="file"
      />
    );
  }
  if (imageUrl) {
    // A reply's image (a generated one) keeps its own size; a click or Enter opens it full size too.
    return (
      <Image
        className={className.image}
        src={imageUrl}
        alt={part.filename ?? ''}
        aria-label={locale.openImage.replace('{name}', () => name)}
        loading="lazy"
        data-part="file"
      />
    );
  }
  const href = safeUrl(part.url, 'link');
  const bytes = dataUrlBytes(part.url);
  return (
    <span className={className.file} data-part="file">
      <FileOutlined aria-hidden />
      {href ? (
        <a href={href} target="_blank" rel="noreferrer noopener" download={part.filename}>
          {name}
        </a>
      ) : (
        <span>{name}</span>
      )}
      <span className={className.muted}>
        {bytes !== undefined ? `${formatBytes(bytes)} · ` : ''}
        {part.mediaType}
      </span>
    </span>
  );
}
