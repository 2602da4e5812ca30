// Combining marks, each on its own: a class of them is what is meant here.
// eslint-disable-next-line no-misleading-character-class
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\u200c\u200d]/;
const WORD = /[\p{L}\p{N}_'’-]/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * Moves a reveal position forward so the shown prefix never ends inside a character (surrogate
 * pair, combining mark, emoji ZWJ sequence) or, for alphabetic scripts, inside a short word.
 * CJK text may be cut between any two characters.
 */
export function revealBoundary(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  let end = at;
  const extend = () => {
    let moved = true;
    while (moved && end < text.length) {
      moved = false;
      const code = text.charCodeAt(end);
      // Low surrogate: the high half is already shown.
      if (code >= 0xdc00 && code <= 0xdfff) {
        end += 1;
        moved = true;
      } else if (COMBINING.test(text[end])) {
        end += 1;
        moved = true;
      } else if (text.charCodeAt(end - 1) === 0x200d) {
        // The character after a zero-width joiner belongs to the same emoji.
        end += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        moved = true;
      } else if (code >= 0xd83c && code <= 0xd83c && end + 1 < text.length) {
        // Regional indicators / skin tones (U+1F3FB-1F3FF) follow their base.
        const pair = text.codePointAt(end) ?? 0;
        if ((pair >= 0x1f3fb && pair <= 0x1f3ff) || (pair >= 0x1f1e6 && pair <= 0x1f1ff && isRegionalPairOpen(text, end))) {
          end += 2;
          moved = true;
        }
      }
    }
  };
  extend();
  // Finish a short alphabetic word rather than showing half of it.
  const before = text[end - 1] ?? '';
  if (WORD.test(before) && !CJK.test(before)) {
    let probe = end;
    while (probe < text.length && probe - end < 16 && WORD.test(text[probe]) && !CJK.test(text[probe])) probe += 1;
    if (probe - end < 16) end = probe;
    extend();
  }
  return end;
}

/** True when the regional indicator before `at` is the first half of a flag. */
function isRegionalPairOpen(text: string, at: number): boolean {
  let count = 0;
  let i = at - 2;
  while (i >= 0) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp < 0x1f1e6 || cp > 0x1f1ff) break;
    count += 1;
    i -= 2;
  }
  return count % 2 === 1;
}
