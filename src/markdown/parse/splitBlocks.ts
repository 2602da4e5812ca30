/**
 * Splits markdown into top-level blocks that parse the same on their own as inside the whole
 * document, so a streaming reply re-parses only its last block. It cuts only at a blank line
 * outside fenced code and `$$` math, before a line that starts a fresh block: not indented (an indented line may
 * continue a list item or an indented code block) and not a list item after a list (a loose list
 * must stay one list).
 *
 * Documents whose parts refer to each other (reference-style link definitions, footnotes) and raw
 * HTML blocks that may span blank lines are returned whole; so are documents with any HTML block
 * when `html` is on (rendered HTML, where `<details>` may wrap the markdown after it).
 */
export function splitBlocks(text: string, html = false): string[] {
  if (WHOLE_DOCUMENT.test(text) || (html && HTML_BLOCK.test(text))) return [text];
  const blocks: string[] = [];
  let start = 0;
  let fence: { char: string; length: number } | null = null;
  // The last top-level content was a list (a list item, or lines that continue one).
  let inList = false;
  let atBlockStart = true;
  let sawBlank = false;
  let lineStart = 0;

  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // A CR before the LF is part of the line ending, not of the line.
    const line = text.slice(lineStart, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    const blank = line.trim() === '';

    if (fence) {
      const quoted = line.replace(QUOTE_PREFIX, '');
      const close = FENCE.exec(quoted) ?? MATH_FENCE.exec(quoted);
      if (close && close[2][0] === fence.char && close[2].length >= fence.length && close[3].trim() === '') fence = null;
    } else if (blank) {
      if (!atBlockStart) sawBlank = true;
    } else {
      const listItem = LIST_ITEM.test(line);
      const indented = line[0] === ' ' || line[0] === '\t';
      if (sawBlank && !indented && !(listItem && inList)) {
        // Cut before this line; the blank lines stay with the finished block.
        blocks.push(text.slice(start, lineStart));
        start = lineStart;
        atBlockStart = true;
      }
      if (listItem) inList = true;
      else if (!indented && (sawBlank || BLOCK_START.test(line))) inList = false;
      sawBlank = false;
      atBlockStart = false;
      // A fence may open on a list item's or a quote's first line (`- \`\`\`ts`, `> $$`).
      const content = line.replace(CONTAINER_PREFIX, '');
      const open = FENCE.exec(content) ?? MATH_FENCE.exec(content);
      // A backtick fence's info string may not contain backticks.
      if (open && !(open[2][0] === '`' && open[3].includes('`'))) fence = { char: open[2][0], length: open[2].length };
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  blocks.push(text.slice(start));
  return blocks;
}

/** A fence line at any indentation (fences inside list items count too). */
const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;
/** Quote markers, and list markers with quote markers, before a line's content. */
const QUOTE_PREFIX = /^(?:[ \t]*>[ \t]?)+/;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+|[ \t]*>[ \t]?)+/;
/** A `$$` math block's fence (its meta may not contain `$`). */
const MATH_FENCE = /^(\s*)(\${2,})([^$]*)$/;
const LIST_ITEM = /^\s{0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** Lines that end a list without a blank line: headings, quotes, fences, thematic breaks, tables. */
const BLOCK_START = /^ {0,3}(?:#{1,6}(?:\s|$)|>|`{3,}|~{3,}|(?:[-*_] *){3,}$|\|)/;
/**
 * Link reference definitions and footnotes (they resolve across blocks), and HTML blocks that
 * may contain blank lines (`<pre>`, `<script>`, `<style>`, `<textarea>`, comments, processing
 * instructions, declarations, CDATA).
 */
const WHOLE_DOCUMENT = /^ {0,3}(?:\[[^\]\n]+\]:|<(?:pre|script|style|textarea)(?:[\s>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)/im;
/** A line that opens an HTML block: an element tag, opening or closing. */
const HTML_BLOCK = /^ {0,3}<\/?[A-Za-z]/m;
