'use client';

import { useEffect, useState } from 'react';

/**
 * `value`, except that a change from false to true takes effect one paint later. A reply's action
 * bar uses it: when the stream ends, the last words are painted first and the buttons (antd
 * components with their styles, the costliest part of that render) are built just after. A value
 * that is true from the start (history) shows at once.
 */
export function useTrueAfterPaint(value: boolean): boolean {
  const [late, setLate] = useState(value);
  useEffect(() => {
    if (!value) {
      setLate(false);
      return undefined;
    }
    if (late) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => setLate(true);
    if (typeof requestAnimationFrame !== 'function') {
      timer = setTimeout(show, 0);
      return () => clearTimeout(timer);
    }
    // A task posted from the next frame runs once that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(show, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, late]);
  return value && late;
}
