/**
 * Makes the unfinished end of a streaming reply render as it will look once complete, instead of
 * flashing raw syntax: an unclosed `**`, `__`, `~~` or inline code span is closed, and a link or
 * image whose URL is still arriving is held back (a link shows its text, an image nothing, so no
 * request goes to half a URL). Text inside an open code fence or `$$` formula is left alone. Only for the last
 * block of a reply that is still streaming; the finished text is always rendered as written.
 */
export function repairTail(block: string): string {
  if (insideOpenFence(block)) return block;
  let text = block;

  // `[label](partial` and `![alt](partial`: the URL has not finished arriving.
  const partialLink = /(!?)\[([^\]\n]*)\]\([^)\s]*$/.exec(text);
  if (partialLink) text = text.slice(0, partialLink.index) + (partialLink[1] ? '' : partialLink[2]);

  // An odd number of backticks outside complete code spans: close the open span.
  const ticks = text.match(/`+/g);
  if (ticks && ticks.filter((run) => run.length === 1).length % 2 === 1) return `${text}\``;

  const prose = text.replace(/`[^`]*`/g, '');
  for (const marker of ['**', '__', '~~']) {
    if (countOf(prose, marker) % 2 === 0) continue;
    // A marker with nothing after it yet is held back; otherwise the open span is closed.
    const trimmed = text.trimEnd();
    text = trimmed.endsWith(marker) ? trimmed.slice(0, -marker.length) : text + marker;
  }
  // Single `*` emphasis: ignore `**`, list bullets and a `*` with spaces on both sides (2 * 3).
  const singles = prose
    .replace(/\*\*/g, '')
    .replace(/^\s*\*\s/gm, '')
    .replace(/\s\*\s/g, '');
  if (countOf(singles, '*') % 2 === 1) {
    const trimmed = text.trimEnd();
    if (trimmed.endsWith('*') && !trimmed.endsWith('**')) text = trimmed.slice(0, -1);
    else if (!/\s$/.test(text)) text += '*';
  }
  return text;
}

function countOf(text: string, marker: string): number {
  let count = 0;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length)) count += 1;
  return count;
}

function insideOpenFence(block: string): boolean {
  let fence: string | null = null;
  for (const line of block.split(/\r?\n/)) {
    // Fences may sit in a quote or open on the first line of a list item (`- $$`, `> ~~~`).
    const content = line.replace(fence === null ? /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+|[ \t]*>[ \t]?)+/ : /^(?:[ \t]*>[ \t]?)+/, '');
    const match = /^\s*(`{3,}|~{3,}|\${2,}(?=[^$]*$))(.*)$/.exec(content);
    if (!match) continue;
    if (fence === null) fence = match[1];
    else if (match[1][0] === fence[0] && match[1].length >= fence.length && match[2].trim() === '') fence = null;
  }
  return fence !== null;
}
