import type { Root } from 'hast';

/** An opening code fence at the start of the text: ``` or ~~~ and a plain language name, nothing else. */
const OPENING = /^(`{3,}|~{3,})[ \t]*([\w+#.-]*)[ \t]*$/;
/** A line that may close a fence (its character and length are checked against the opening). */
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * The hast of a text that is one fenced code block, open (its closing fence has not arrived yet)
 * or closed and followed by blank lines only, built without the markdown parser: while a reply
 * streams a long code block, that block is the one parsed again on every frame, and its content is
 * literal text anyway. Gives the same tree as parsing (checked against the parser, prefix by
 * prefix, in the tests); returns undefined for anything else (text after the closing fence, an
 * indented opening, an info string with more than a language name, CR line endings), which then
 * goes through the parser.
 */
export function codeFenceToHast(source: string): Root | undefined {
  if (source.charCodeAt(0) !== 96 && source.charCodeAt(0) !== 126) return undefined; // ` or ~
  const lineEnd = source.indexOf('\n');
  const opening = OPENING.exec(lineEnd === -1 ? source : source.slice(0, lineEnd));
  if (!opening) return undefined;
  let body = lineEnd === -1 ? '' : source.slice(lineEnd + 1);
  if (body.includes('\r') || body.includes('\0')) return undefined;
  const [fence, language] = [opening[1], opening[2]];
  for (let start = 0; start < body.length;) {
    const end = body.indexOf('\n', start);
    const line = body.slice(start, end === -1 ? body.length : end);
    const closing = CLOSING.exec(line);
    if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length) {
      if (!/^[ \t\n]*$/.test(body.slice(start + line.length))) return undefined;
      body = body.slice(0, start);
      break;
    }
    if (end === -1) break;
    start = end + 1;
  }
  // The content is every line after the opening one (up to the closing one); the parser's value
  // leaves out the last line ending, and the code element's text ends with one.
  const content = body.endsWith('\n') ? body.slice(0, -1) : body;
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'code',
            properties: language ? { className: [`language-${language}`] } : {},
            children: [{ type: 'text', value: content ? `${content}\n` : '' }],
          },
        ],
      },
    ],
  };
}
