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
 * code block is still readable. Runs on the mdast, so nothing after it sees raw HTML.
 */
export function htmlAsText(parent: MdNode): void {
  const children = parent.children;
  if (!children) return;
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (node.type === 'html') {
      const text: MdNode = { type: 'text', value: node.value ?? '', position: node.position };
      children[index] = BLOCK_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text], position: node.position } : text;
    } else if (node.children) {
      htmlAsText(node);
    }
  }
}

/** htmlAsText as a remark plugin. */
export function remarkHtmlAsText() {
  return (tree: MdNode) => htmlAsText(tree);
}
