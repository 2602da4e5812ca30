import type { Paragraph, Parent, Root, RootContent, Text } from 'mdast';
import { mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

interface ParserData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * `$…$` and `$$…$$` math, parsed into nodes the code block and inline code renderers show with
 * KaTeX (parse only: nothing here loads KaTeX). Three adjustments to what
 * remark-math does:
 * - `$5 and $10` stays text: inline math whose content starts or ends with a space, or that is
 *   followed by a digit, is read as dollar amounts (Pandoc's rule);
 * - a paragraph that is only `$$…$$` is display math, as models write it;
 * - a `$$` block whose closing `$$` has not arrived is marked pending, so it shows as text until
 *   the formula is complete instead of as a half formula.
 */
export function remarkMathParse(this: Processor): (tree: Root, file: VFile) => void {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(mathSyntax);
  (data.fromMarkdownExtensions ??= []).push(mathTree);
  return (tree, file) => adjustMath(tree, String(file.value));
}

/** The `$` syntax for micromark and the mdast nodes it builds (what remarkMathParse registers). */
export const mathSyntax = math();
export const mathTree = mathFromMarkdown();

/** remarkMathParse's transform: the three adjustments above, on a tree parsed from `source`. */
export function adjustMath(tree: Root, source: string): void {
  adjust(tree, source);
}

function sourceOf(node: Positioned, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

function adjust(parent: Parent, source: string): void {
  const children = parent.children;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i];
    if (child.type === 'paragraph' && child.children.length === 1 && child.children[0].type === 'inlineMath') {
      const only = child.children[0];
      if (sourceOf(only, source).startsWith('$$') && only.value.trim()) {
        children[i] = displayMath(only.value.trim(), child);
        continue;
      }
    }
    if (child.type === 'inlineMath') {
      const next = children[i + 1];
      const raw = sourceOf(child, source);
      const written = raw || `$${child.value}$`;
      // Pandoc's rule, for single-dollar math only (`$$ x $$` with spaces is a formula).
      const single = !written.startsWith('$$');
      const inner = written.replace(/^\$+|\$+$/g, '');
      if (single && (/^\s|\s$/.test(inner) || (next?.type === 'text' && /^\d/.test(next.value)))) {
        const text: Text = {
          type: 'text',
          // As written, unless it spans lines (then container prefixes such as `> ` would leak in).
          value: written.includes('\n') ? `$${child.value}$` : written,
          position: child.position,
        };
        children[i] = text;
      }
      continue;
    }
    if (child.type === 'math') {
      const written = sourceOf(child, source);
      const lines = written.trimEnd().split('\n');
      // The closing fence may sit behind container prefixes (`> $$` in a quote).
      const closed = lines.length > 1 && /^[ \t>]*\${2,}\s*$/.test(lines[lines.length - 1]);
      const code = child.data?.hChildren?.[0];
      if (!closed && code?.type === 'element') {
        const classes = code.properties.className;
        code.properties.className = [...(Array.isArray(classes) ? classes : []), 'math-pending'];
        // Shown as text while pending: what has arrived, including text on the opening line
        // (which the parser reads as the fence's meta).
        code.children = [{ type: 'text', value: written.replace(/^[ \t>]*\${2,}/, '').trim() }];
      }
      continue;
    }
    if ('children' in child) adjust(child as Parent, source);
  }
}

/** The hast a `$$` block gets from mdast-util-math: `pre > code.language-math.math-display`. */
function displayMath(value: string, from: Paragraph): RootContent {
  const code = {
    type: 'element',
    tagName: 'code',
    properties: { className: ['language-math', 'math-display'] },
    children: [{ type: 'text', value }],
  };
  return {
    type: 'math',
    value,
    meta: null,
    position: from.position,
    data: { hName: 'pre', hChildren: [code] },
  } as unknown as RootContent;
}
