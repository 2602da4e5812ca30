/**
 * Rewrites LaTeX's `\(…\)` and `\[…\]` delimiters, which many models use, as `$…$` and `$$…$$`.
 * Text in fenced code and in code spans is left as written. A `\(` or `\[` whose closing half
 * has not arrived stays as it is (it renders as plain text until it closes).
 */
export function normalizeMathDelimiters(text: string): string {
  if (!text.includes('\\(') && !text.includes('\\[')) return text;
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (prose.length) out.push(convert(prose.join('\n')));
    prose = [];
  };
  for (const line of text.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})([^\n]*?)\r?$/.exec(line);
    if (fence) {
      out.push(line);
      if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length && !marker[2].trim()) fence = null;
    } else if (marker && !(marker[1][0] === '`' && marker[2].includes('`'))) {
      flush();
      out.push(line);
      fence = marker[1];
    } else {
      prose.push(line);
    }
  }
  flush();
  return out.join('\n');
}

// A code span, an escaped backslash (`\\(` is a literal backslash and paren), or a delimited formula.
const PARTS = /(`+)[\s\S]*?\1|\\\\|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)/g;

function convert(prose: string): string {
  return prose.replace(PARTS, (match, ticks: string | undefined, display: string | undefined, inline: string | undefined) => {
    if (ticks || match === '\\\\') return match;
    if (display !== undefined) return display.trim() ? `$$${display.trim()}$$` : match;
    return inline?.trim() ? `$${inline.trim()}$` : match;
  });
}
