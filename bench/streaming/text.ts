/**
 * Deterministic, seeded mock content for the streaming benchmark: a realistic markdown answer
 * (paragraphs with inline marks, headings, lists, GFM tables, code fences, quotes) cut into
 * ~4-character tokens, and a chat history. Pure functions: the runner (Node) and every page
 * (browser) build exactly the same text from the same seed.
 */

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a of to and in is that for it as with on by this be are from or an at which can each ' +
  'model token stream request response server client render markdown parser table list value ' +
  'latency buffer frame browser layout paint update state store message reply history chunk ' +
  'event handler component element node text block inline code fence heading paragraph quote ' +
  'cache queue worker thread memory budget timeout retry signal abort error status result ' +
  'function object array string number boolean promise async await import export default ' +
  'first second third next last every other several simple quick careful stable fast slow ' +
  'usually often rarely always never only also still then however therefore instead ' +
  'measure compare reduce avoid keep split merge append replace schedule flush commit read write ' +
  'performance throughput overhead allocation pipeline boundary fallback configuration'
).split(' ');
const IDENTS = ['fetchReply', 'parseChunk', 'renderRow', 'useStore', 'buffer', 'decoder', 'controller', 'options', 'items', 'result'];
const LANGS = ['ts', 'python', 'bash', 'json'];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}
function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

function words(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) {
    let w = pick(r, WORDS);
    const roll = r();
    if (roll < 0.04) w = `**${w} ${pick(r, WORDS)}**`;
    else if (roll < 0.07) w = `*${w}*`;
    else if (roll < 0.11) w = `\`${pick(r, IDENTS)}()\``;
    else if (roll < 0.125) w = `[${w}](https://example.com/docs/${pick(r, WORDS)})`;
    else if (roll < 0.14) w = String(int(r, 2, 4096));
    out.push(w);
  }
  return out.join(' ');
}

function sentence(r: () => number): string {
  const s = words(r, int(r, 6, 18));
  return `${s[0].toUpperCase()}${s.slice(1)}${r() < 0.1 ? ':' : '.'}`;
}

function paragraph(r: () => number): string {
  const n = int(r, 2, 5);
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) out.push(sentence(r));
  return out.join(' ');
}

function list(r: () => number): string {
  const ordered = r() < 0.4;
  const n = int(r, 3, 7);
  const lines: string[] = [];
  for (let i = 0; i < n; i += 1) {
    lines.push(`${ordered ? `${i + 1}.` : '-'} ${sentence(r)}`);
    if (r() < 0.2) {
      for (let j = 0, m = int(r, 1, 3); j < m; j += 1) lines.push(`${ordered ? '   ' : '  '}- ${words(r, int(r, 3, 9))}`);
    }
  }
  return lines.join('\n');
}

function table(r: () => number): string {
  const cols = int(r, 3, 5);
  const rows = int(r, 3, 8);
  const header = Array.from({ length: cols }, (_, i) => (i === 0 ? 'Name' : `${pick(r, WORDS)} ${pick(r, WORDS)}`));
  const align = header.map((_, i) => (i === 0 ? '---' : r() < 0.5 ? '---:' : ':---'));
  const lines = [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`];
  for (let i = 0; i < rows; i += 1) {
    const cells = header.map((_, c) => (c === 0 ? `\`${pick(r, IDENTS)}\`` : r() < 0.5 ? String(int(r, 1, 9999)) : words(r, int(r, 1, 3))));
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function code(r: () => number): string {
  const lang = pick(r, LANGS);
  const n = int(r, 4, 14);
  const lines: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const a = pick(r, IDENTS);
    const b = pick(r, IDENTS);
    const indent = '  '.repeat(int(r, 0, 2));
    if (lang === 'python') lines.push(`${indent}${a} = ${b}.${pick(r, WORDS)}(${int(r, 0, 99)})  # ${words(r, 3)}`);
    else if (lang === 'bash')
      lines.push(`${pick(r, ['npm run', 'curl -sN', 'echo', 'export'])} ${a}-${pick(r, WORDS)} --${pick(r, WORDS)}=${int(r, 1, 64)}`);
    else if (lang === 'json') lines.push(`${indent}"${a}": ${r() < 0.5 ? int(r, 0, 999) : `"${pick(r, WORDS)}"`},`);
    else lines.push(`${indent}const ${a} = await ${b}.${pick(r, WORDS)}({ ${pick(r, WORDS)}: ${int(r, 0, 99)} }); // ${words(r, 3)}`);
  }
  return `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;
}

function block(r: () => number, index: number): string {
  if (index === 0) return paragraph(r);
  const roll = r();
  if (roll < 0.12) return `${r() < 0.5 ? '##' : '###'} ${sentence(r).replace(/[.:]$/, '')}`;
  if (roll < 0.5) return paragraph(r);
  if (roll < 0.68) return list(r);
  if (roll < 0.78) return table(r);
  if (roll < 0.92) return code(r);
  return `> ${sentence(r)} ${sentence(r)}`;
}

/** ~4-character tokens: leading whitespace plus up to four non-space characters. */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S{1,4}|\s+/g) ?? [];
}

/** The unique text that ends an answer of `tokens` tokens; seeing it means the answer is complete. */
export function answerSentinel(tokens: number): string {
  return `ZQXJ-${tokens}-DONE.`;
}

export interface Answer {
  text: string;
  tokens: string[];
  sentinel: string;
}

/** A markdown answer of about `target` tokens, ending with a paragraph that holds the sentinel. */
export function makeAnswer(target: number, seed = 7): Answer {
  const r = rng(seed * 1000003 + target);
  const blocks: string[] = [];
  let count = 0;
  const sentinel = answerSentinel(target);
  while (count < target - 16) {
    // Near the end, short paragraphs land the count close to the target.
    const b = target - count < 150 ? sentence(r) : block(r, blocks.length);
    blocks.push(b);
    count += tokenize(`${b}\n\n`).length;
  }
  blocks.push(`That is the whole answer: ${sentinel}`);
  const text = blocks.join('\n\n');
  return { text, tokens: tokenize(text), sentinel };
}

/** Thirty lines of code in `lang` (deterministic for a seed). */
function longCode(r: () => number, lang: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    const a = pick(r, IDENTS);
    const b = pick(r, IDENTS);
    const indent = '  '.repeat(int(r, 0, 2));
    if (lang === 'python') lines.push(`${indent}${a} = ${b}.${pick(r, WORDS)}(${int(r, 0, 99)}, "${pick(r, WORDS)}")  # ${words(r, 3)}`);
    else if (lang === 'bash')
      lines.push(
        `${pick(r, ['npm run', 'curl -sN', 'echo', 'export'])} ${a}-${pick(r, WORDS)} --${pick(r, WORDS)}=${int(r, 1, 64)} | grep ${pick(r, WORDS)}`,
      );
    else if (lang === 'json') lines.push(`${indent}"${a}": ${r() < 0.5 ? int(r, 0, 999) : `"${pick(r, WORDS)}"`},`);
    else
      lines.push(
        `${indent}const ${a} = await ${b}.${pick(r, WORDS)}({ ${pick(r, WORDS)}: ${int(r, 0, 99)}, ok: true }); // ${words(r, 3)}`,
      );
  }
  return lines;
}

/**
 * An answer of about `target` tokens: prose with five 30-line code blocks spread through it
 * (`asCode`), or the very same text with each block's lines as a plain paragraph instead (the
 * fences dropped, lines joined by spaces): the pair isolates what code blocks cost.
 */
export function makeCodeAnswer(target: number, asCode: boolean, seed = 13): Answer {
  const r = rng(seed * 1000003 + target);
  const codes = ['ts', 'python', 'bash', 'json', 'ts'].map((lang) => ({ lang, lines: longCode(r, lang) }));
  const codeTokens = codes.reduce((sum, c) => sum + tokenize(`\`\`\`${c.lang}\n${c.lines.join('\n')}\n\`\`\`\n\n`).length, 0);
  const prose: string[] = [];
  let count = codeTokens;
  const sentinel = answerSentinel(target);
  while (count < target - 16) {
    const b = target - count < 150 ? sentence(r) : paragraph(r);
    prose.push(b);
    count += tokenize(`${b}\n\n`).length;
  }
  const blocks: string[] = [];
  const every = Math.max(1, Math.floor(prose.length / 6));
  prose.forEach((p, i) => {
    blocks.push(p);
    const c = (i + 1) % every === 0 ? codes[(i + 1) / every - 1] : undefined;
    if (c)
      blocks.push(
        asCode ? `\`\`\`${c.lang}\n${c.lines.join('\n')}\n\`\`\`` : c.lines.map((line) => line.trim().replace(/^[#>*+-]/, '')).join(' '),
      );
  });
  blocks.push(`That is the whole answer: ${sentinel}`);
  const text = blocks.join('\n\n');
  return { text, tokens: tokenize(text), sentinel };
}

export interface HistoryMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  createAt: number;
  updateAt: number;
  /** With `?history=images`: the user's photo as a file part, then the text (ours only reads it). */
  parts?: Array<{ type: 'file'; mediaType: string; url: string; filename: string } | { type: 'text'; text: string }>;
}

export function historySentinel(n: number): string {
  return `HQXJ-${n}-END.`;
}

/** `n` alternating user/assistant messages; assistant replies are short markdown (~60-200 tokens). */
export function makeHistory(n: number, seed = 11): HistoryMessage[] {
  const r = rng(seed * 7919 + n);
  const out: HistoryMessage[] = [];
  const t0 = 1_760_000_000_000;
  for (let i = 0; i < n; i += 1) {
    const role = i % 2 === 0 ? 'user' : 'assistant';
    let content: string;
    if (role === 'user') content = `${sentence(r).replace(/[.:]$/, '')}?`;
    else {
      const parts = [paragraph(r)];
      const roll = r();
      if (roll < 0.35) parts.push(list(r));
      else if (roll < 0.55) parts.push(code(r));
      else if (roll < 0.65) parts.push(table(r));
      if (r() < 0.5) parts.push(paragraph(r));
      content = parts.join('\n\n');
    }
    if (i === n - 1) content += `\n\nLast message: ${historySentinel(n)}`;
    out.push({ id: `h${i}`, role, content, createAt: t0 + i * 1000, updateAt: t0 + i * 1000 });
  }
  return out;
}

export const QUESTION = 'Explain how the streaming renderer works, with examples.';
