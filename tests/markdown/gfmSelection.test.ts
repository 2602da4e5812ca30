import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';

import { gfmSupport } from '../../src/markdown/parse/gfmSupport';
import { parseToHast, type SyntaxSupport } from '../../src/markdown/parse/markdownToHast';
import { mathSupport } from '../../src/markdown/parse/mathSupport';

/** Every GFM extension on every text, as remark-gfm parses. */
const allOfGfm: SyntaxSupport = { select: () => ({ syntax: [gfm()], trees: gfmFromMarkdown() }) };

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that start, end or look like GFM constructs (and the math `$`). */
const PIECES = [
  'a',
  'b c',
  ' ',
  '\t',
  '|',
  '-',
  '--',
  '---',
  ':',
  ':-',
  '-:',
  ':-:',
  '~',
  '~~',
  '~~~',
  '*',
  '**',
  '>',
  '1.',
  '- ',
  '[ ]',
  '[x]',
  '[^1]',
  '[^1]:',
  'www.x.y',
  'http://a.b',
  'x@y.zz',
  'mailto:a@b.c',
  '$',
  '$$',
  '`',
  '\\',
];

/** Pieces of inline links and of what binds tighter than a link or splits it. */
const LINK_PIECES = [
  '[a](http://a.b)',
  '[',
  ']',
  '](http://a.b)',
  '(',
  ')',
  'x',
  ' ',
  '[^1]',
  'http://a.b',
  '`',
  '$',
  '|',
  '\\',
  '<',
  '>',
  '<a href="',
  '"',
  '!',
  '*',
  '- ',
  '|-|',
  '[a]: /u',
  '\n',
];

function randomDocument(next: () => number, pieceList = PIECES): string {
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 4);
  for (let line = 0; line < count; line += 1) {
    let text = '';
    const pieces = Math.floor(next() * 6);
    for (let piece = 0; piece < pieces; piece += 1) text += pieceList[Math.floor(next() * pieceList.length)];
    lines.push(text);
  }
  return lines.join('\n');
}

describe('GFM parts chosen by what a text contains', () => {
  it('one-column tables: every delimiter row of up to four spaces, tabs, colons and dashes parses as with all of GFM', () => {
    const cells: string[] = [''];
    for (let length = 1; length <= 4; length += 1) {
      for (const prefix of cells.filter((cell) => cell.length === length - 1))
        for (const c of [' ', '\t', ':', '-']) cells.push(prefix + c);
    }
    for (const row of cells) {
      for (const text of [`head\n${row}`, `head\n${row}\nbody`]) {
        expect({ text, tree: parseToHast(text, { gfm: gfmSupport }) }).toEqual({ text, tree: parseToHast(text, { gfm: allOfGfm }) });
      }
    }
  });

  it('1,500 random texts made of GFM-looking pieces parse as with all of GFM (with and without math)', () => {
    const next = rng(7);
    for (let i = 0; i < 1500; i += 1) {
      const text = randomDocument(next);
      expect({ text, tree: parseToHast(text, { gfm: gfmSupport }) }).toEqual({ text, tree: parseToHast(text, { gfm: allOfGfm }) });
      expect({ text, tree: parseToHast(text, { gfm: gfmSupport, math: mathSupport }) }).toEqual({
        text,
        tree: parseToHast(text, { gfm: allOfGfm, math: mathSupport }),
      });
    }
  });

  it('2,000 random texts around inline links (whose URLs alone need no autolink part) parse as with all of GFM', () => {
    const next = rng(11);
    const texts = [
      '[a](http://a.b)',
      '\\[a](http://a.b)',
      '[a\\](http://a.b)',
      '[x][a](http://a.b)\n\n[a]: /u',
      '[^1](http://a.b)\n\n[^1]: note',
      '`x [a` ](http://a.b)',
      '[a](http://a.b`) `',
      '$[a$](http://a.b)',
      '[a](http://a.b$) $',
      '<a href="](http://a.b)">',
      '| [a | b](http://a.b) |\n| - | - |',
      '| [a](http://a.b|c) |\n| - | - |',
      '[a\n\n](http://a.b)',
    ];
    for (let i = 0; i < 2000; i += 1) texts.push(randomDocument(next, LINK_PIECES));
    for (const text of texts) {
      for (const math of [undefined, mathSupport]) {
        expect({ text, tree: parseToHast(text, { gfm: gfmSupport, math }) }).toEqual({
          text,
          tree: parseToHast(text, { gfm: allOfGfm, math }),
        });
      }
    }
  });

  it('a text is parsed without the table, autolink and strikethrough parts only when it cannot use them', () => {
    const parts = (text: string) => gfmSupport.select(text).trees.length;
    expect(parts('plain words')).toBe(2);
    expect(parts('a | b')).toBe(3);
    expect(parts('x\n-:')).toBe(3);
    expect(parts('~~gone~~')).toBe(3);
    expect(parts('see www.example.com')).toBe(3);
    // A link's URL is not searched for autolinks; its text is.
    expect(parts('see [the docs](https://example.com/docs)')).toBe(2);
    expect(parts('see [https://example.com](https://example.com/docs)')).toBe(3);
    expect(parts('a | b ~~c~~ d@e.fg')).toBe(5);
    // The same choice gives the same (combined once) selection.
    expect(gfmSupport.select('one')).toBe(gfmSupport.select('two'));
  });
});
