import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { find, html, svg } from 'property-information';
import { unified } from 'unified';
import { VFile } from 'vfile';

import type { PluginRun } from './markdownToHast';
import type { PluggableList as PluginList } from 'unified';

interface ParserData {
  micromarkExtensions?: PluginRun['syntax'];
  fromMarkdownExtensions?: PluginRun['trees'];
}

/**
 * The app's remark and rehype plugins, run as remark-parse and react-markdown run them: syntax
 * extensions they register join the parser, their transforms run on each block's trees with a
 * file that holds the block's source. Loaded only when an app passes plugins.
 */
export function createPluginRun(remarkPlugins: PluginList, rehypePlugins: PluginList): PluginRun {
  const remark = unified().use(remarkPlugins).freeze();
  const rehype = unified().use(rehypePlugins).freeze();
  const data = remark.data() as ParserData;
  return {
    syntax: data.micromarkExtensions ?? [],
    trees: data.fromMarkdownExtensions ?? [],
    remark(tree, source) {
      const file = new VFile(source);
      return {
        tree: remark.runSync(tree as never, file) as unknown as MdastRoot,
        rehype: (hast) => canonical(rehype.runSync(hast as never, file) as unknown as HastRoot),
      };
    },
  };
}

/**
 * Property names as hast spells them (`class` → `className`, `tabindex` → `tabIndex`,
 * `xlink:href` → `xLinkHref`): plugins that build elements by hand do not always, and the React
 * conversion reads the hast names.
 */
function canonical(tree: HastRoot): HastRoot {
  const visit = (parent: HastRoot | Element, inSvg: boolean) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue;
      const svgHere = inSvg || node.tagName === 'svg';
      const schema = svgHere ? svg : html;
      for (const name of Object.keys(node.properties)) {
        const property = find(schema, name).property;
        if (property !== name && !(property in node.properties)) {
          node.properties[property] = node.properties[name];
          delete node.properties[name];
        }
      }
      visit(node, svgHere);
    }
  };
  visit(tree, false);
  return tree;
}
