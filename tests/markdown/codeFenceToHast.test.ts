import { describe, expect, it } from 'vitest';

import { gfmSupport } from '../../src/markdown/parse/gfmSupport';
import { parseToHast } from '../../src/markdown/parse/markdownToHast';
import { codeFenceToHast } from '../../src/markdown/parse/codeFenceToHast';
import { mathSupport } from '../../src/markdown/parse/mathSupport';

/** The tree without source positions (the parser adds them; nothing renders them). */
function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position')
      .map(([key, value]) => [key, withoutPositions(value)]),
  );
}

const DOCUMENTS = [
  '```ts\nconst a = 1;\n\n  if (a) {\n\treturn `x`; // $x$ **not bold** <b>\n  }\n```\n',
  '~~~python\nprint("```")\n```\n~~~~\nx = 1\n~~~\n',
  '````md\n```js\ninner\n```\n\n````\n',
  '```\nno language\n\n\n\nblank lines\n   ```   \n',
  '```c++\nint main() {}\n ```\n',
  '```objective-c\n@end\n  ```\n',
  '```js  \n\\(x\\) \\[y\\] $$z$$ [link](http://a.b) www.example.com a@b.co\n``` \n',
  '```json\n{"a": [1, 2, 3]}\n```trailing\nstill code\n```\n',
  '~~~\n~~\n~~~~~\n',
  '```ts meta=1\nmeta strings go through the parser\n```\n',
  '```\r\nCRLF goes through the parser\r\n```\r\n',
  '    ```ts\nindented fences go through the parser\n',
  '```ts\na\n```\n\n\t\n  \nafter the block\n',
  '```\n\n```\n\n',
  '```\n```',
  '```\na\n    ```\nfour spaces do not close\n```\n \n',
  '~~~\n~~~ \n   \n\u00a0\n',
];

describe('codeFenceToHast', () => {
  it('gives the parser’s tree for every prefix of a code block, open or closed', () => {
    let fast = 0;
    for (const document of DOCUMENTS) {
      for (let end = 1; end <= document.length; end += 1) {
        const prefix = document.slice(0, end);
        const tree = codeFenceToHast(prefix);
        if (!tree) continue;
        fast += 1;
        expect({ prefix, tree }).toEqual({ prefix, tree: withoutPositions(parseToHast(prefix, { gfm: gfmSupport, math: mathSupport })) });
      }
    }
    // Most prefixes of the streamed code blocks take the fast path.
    expect(fast).toBeGreaterThan(300);
  });

  it('leaves text after the closing fence, other blocks and unusual openings to the parser', () => {
    for (const text of [
      '```ts\na\n```\nafter',
      '```ts\na\n```\n\n  x',
      '~~~\na\n~~~~\n\u00a0',
      'text\n```ts\na',
      '> ```ts\na',
      '- ```ts\n  a',
      '```ts meta\na',
      '``` ts`\na',
      '```\r\na',
      ' ```ts\na',
      '``',
      '```ts\na\0',
    ]) {
      expect(codeFenceToHast(text)).toBeUndefined();
    }
    for (const text of ['```ts\nconst a', '```ts\na\n```', '```ts\na\n   ```  \n\n \t\n', '~~~\na\n~~~~\n'])
      expect(codeFenceToHast(text)).toBeDefined();
  });
});
