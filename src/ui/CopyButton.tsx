'use client';

import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';

export interface CopyButtonProps {
  /** The text to copy (or a function returning it at click time). */
  content: string | (() => string);
  /** Accessible name and tooltip. */
  label?: string;
  /** Shown for a moment after copying. */
  copiedLabel?: string;
  size?: 'small' | 'middle' | 'large';
  className?: string;
  onCopied?: (text: string) => void;
}

/** Copies text to the clipboard, with a fallback for older browsers and insecure origins. */
export async function writeClipboard(text: string): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older browsers and insecure origins: a hidden textarea and execCommand.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/** Copies text to the clipboard and confirms it with a check mark and a changed label. */
export function CopyButton({ content, label = 'Copy', copiedLabel = 'Copied', size = 'small', className, onCopied }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const name = copied ? copiedLabel : label;
  return (
    <Tooltip title={name}>
      <Button
        type="text"
        size={size}
        className={className}
        aria-label={name}
        icon={copied ? <CheckOutlined /> : <CopyOutlined />}
        onClick={async () => {
          const text = typeof content === 'function' ? content() : content;
          try {
            await writeClipboard(text);
          } catch {
            return;
          }
          setCopied(true);
          onCopied?.(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setCopied(false), 1500);
        }}
      />
    </Tooltip>
  );
}
