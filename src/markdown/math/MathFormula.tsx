'use client';

import { createStyles } from 'antd-style';
import { useEffect, useState, useSyncExternalStore } from 'react';

import { katexIfLoaded, loadKatex, renderMath } from './katex';

const useStyles = createStyles(({ token, css }) => ({
  display: css`
    margin: ${token.marginXS}px 0;
    overflow-x: auto;
    overflow-y: hidden;
    text-align: center;
  `,
  source: css`
    font-family: ${token.fontFamilyCode};
    font-size: 0.92em;
    white-space: pre-wrap;
    color: ${token.colorTextSecondary};
  `,
  displaySource: css`
    text-align: start;
  `,
}));

export interface MathFormulaProps {
  /** The TeX source, without delimiters. */
  tex: string;
  /** A display formula (`$$…$$`) rather than one in a line of text. */
  display?: boolean;
  /** The formula has not finished arriving: show its source as text, do not render it yet. */
  pending?: boolean;
}

/**
 * One formula. Shows its source as plain text until KaTeX has loaded (lazily, on the first
 * formula of the page) and while it is still arriving; an invalid formula stays as text with the
 * error as its tooltip.
 */
const noChanges = () => () => undefined;
const noKatex = () => undefined;

export function MathFormula({ tex, display = false, pending = false }: MathFormulaProps) {
  const { styles, cx } = useStyles();
  // KaTeX if it has loaded already (no flash for a formula mounted later), but never while
  // hydrating: the server had no KaTeX, so the first client render must match its plain text.
  const ready = useSyncExternalStore(noChanges, katexIfLoaded, noKatex);
  const [loaded, setKatex] = useState<ReturnType<typeof katexIfLoaded>>(undefined);
  const katex = loaded ?? ready;
  useEffect(() => {
    if (katex || pending) return undefined;
    let mounted = true;
    loadKatex().then(
      (module) => mounted && setKatex(() => module),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [katex, pending]);

  const result = katex && !pending ? renderMath(katex, tex, display) : undefined;
  const Tag = display ? 'div' : 'span';
  const state = pending ? 'pending' : !result ? 'loading' : 'error' in result ? 'error' : 'rendered';
  return (
    <Tag
      className={cx(display && styles.display)}
      data-part="math"
      data-state={state}
      title={result && 'error' in result ? result.error : undefined}
    >
      {result && 'html' in result ? (
        // KaTeX's output: text escaped by KaTeX, no links or attributes from the source (trust: false).
        <span dangerouslySetInnerHTML={{ __html: result.html }} />
      ) : (
        <span className={cx(styles.source, display && styles.displaySource)}>{tex}</span>
      )}
    </Tag>
  );
}
