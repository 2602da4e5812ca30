import { visit } from 'unist-util-visit';

interface MdNode {
  type: string;
  value?: string;
  position?: unknown;
  children?: MdNode[];
}

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Shows raw HTML in markdown as the literal text it is, instead of dropping it or rendering it:
 * `<b>x</b>` reads as written, a `<script>` is inert text, and a model explaining HTML outside a
 * code block is still readable. Runs before remark-rehype, so no later plugin sees raw HTML.
 */
export function remarkHtmlAsText() {
  return (tree: MdNode) => {
    visit(tree as never, 'html', (node: MdNode, index: number | undefined, parent: MdNode | undefined) => {
      if (!parent?.children || index === undefined) return;
      const text: MdNode = { type: 'text', value: node.value ?? '', position: node.position };
      parent.children[index] = BLOCK_PARENTS.has(parent.type)
        ? { type: 'paragraph', children: [text], position: node.position }
        : text;
    });
  };
}
