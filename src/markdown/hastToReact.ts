import type { Element, Nodes, Properties, Root } from 'hast';
import type { CSSProperties, ReactElement, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

import type { Components } from './markdownTypes';

type Child = ReactElement | string;
type Props = Record<string, unknown> & { children?: Child | Child[] };

// React drops (and warns about) whitespace text directly inside these.
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
const COMMA_SEPARATED = new Set(['accept', 'coords', 'exportParts']);
// hast property names React spells differently (the rest are the same, or become data-/aria- attributes).
const REACT_NAMES: Record<string, string> = {
  classId: 'classID',
  itemId: 'itemID',
  dataType: 'datatype',
  typeOf: 'typeof',
  xLinkActuate: 'xlinkActuate',
  xLinkArcRole: 'xlinkArcrole',
  xLinkHref: 'xlinkHref',
  xLinkRole: 'xlinkRole',
  xLinkShow: 'xlinkShow',
  xLinkTitle: 'xlinkTitle',
  xLinkType: 'xlinkType',
  xmlnsXLink: 'xmlnsXlink',
  strokeDashArray: 'strokeDasharray',
  strokeDashOffset: 'strokeDashoffset',
  strokeLineCap: 'strokeLinecap',
  strokeLineJoin: 'strokeLinejoin',
  strokeMiterLimit: 'strokeMiterlimit',
};

const isWhitespace = (value: string) => !/[^ \t\n\f\r]/.test(value);

function propName(name: string): string {
  if (/^data[A-Z]/.test(name)) return `data${name.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  if (/^aria[A-Z]/.test(name)) return `aria-${name.slice(4).toLowerCase()}`;
  return REACT_NAMES[name] ?? name;
}

/** Declarations split at `;` outside quotes and parentheses (`url("data:…;base64,…")` stays whole). */
function declarations(css: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < css.length; i += 1) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      parts.push(css.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(css.slice(start));
  return parts;
}

/** `color: red; -webkit-x: 1` → `{ color: 'red', WebkitX: '1' }`; custom properties stay as written. */
function parseStyle(css: string): CSSProperties {
  const style: Record<string, string> = {};
  for (const declaration of declarations(css)) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (!name || !value) continue;
    const key = name.startsWith('--')
      ? name
      : name
          .toLowerCase()
          .replace(/^-ms-/, 'ms-')
          .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    style[key] = value;
  }
  return style;
}

function propsOf(tagName: string, properties: Properties): Props {
  const props: Props = {};
  let align: string | undefined;
  for (const name of Object.keys(properties)) {
    const value = properties[name];
    if (name === 'children' || value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) continue;
    if (name === 'style') {
      props.style = typeof value === 'string' ? parseStyle(value) : value;
    } else if (name === 'align' && typeof value === 'string' && (tagName === 'td' || tagName === 'th')) {
      align = value;
    } else {
      props[propName(name)] = Array.isArray(value) ? value.join(COMMA_SEPARATED.has(name) ? ', ' : ' ') : value;
    }
  }
  if (align) props.style = { ...(props.style as CSSProperties | undefined), textAlign: align as CSSProperties['textAlign'] };
  return props;
}

function childrenOf(parent: Root | Element, components: Components | undefined): Child[] {
  const children: Child[] = [];
  // Keys as `tag-n`, counted per tag name, so a row keeps its elements when a sibling of another kind appears.
  const counts = new Map<string, number>();
  for (const node of parent.children) {
    let key: string | undefined;
    if (node.type === 'element') {
      const count = counts.get(node.tagName) ?? 0;
      counts.set(node.tagName, count + 1);
      key = `${node.tagName}-${count}`;
    }
    const child = one(node, key, components);
    if (child !== undefined) children.push(child);
  }
  return children;
}

function create(type: unknown, props: Props, children: Child[], key: string | undefined): ReactElement {
  if (children.length > 1) props.children = children;
  else if (children.length === 1 && children[0]) props.children = children[0];
  const make = Array.isArray(props.children) ? jsxs : jsx;
  return make(type as never, props, key);
}

function one(node: Nodes, key: string | undefined, components: Components | undefined): Child | undefined {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return create(Fragment, {}, childrenOf(node, components), key);
  if (node.type !== 'element') return undefined; // comments, doctypes; raw HTML was made text before this
  const override = components && Object.hasOwn(components, node.tagName) ? components[node.tagName as keyof Components] : undefined;
  const type = override ?? node.tagName;
  const props = propsOf(node.tagName, node.properties);
  let children = childrenOf(node, components);
  if (TABLE_PARTS.has(node.tagName)) children = children.filter((child) => typeof child !== 'string' || !isWhitespace(child));
  // Replacement components also get the hast node (code blocks read the language from it).
  if (typeof type !== 'string') props.node = node;
  return create(type, props, children, key);
}

/**
 * A hast tree as React elements: element properties become React props (`className` joined,
 * `dataFoo` → `data-foo`, a `style` string → an object, table cell `align` → `text-align`), and
 * `components` replace elements by tag name. Renders what react-markdown renders for the same tree.
 *
 * Not hast-util-to-jsx-runtime (what react-markdown uses): measured on 2026-12-06, it made what
 * every page loads 8.8 KB gzip bigger (60.6 → 69.4 KB; it brings MDX, estree and a CSS parser along),
 * for trees that here never hold MDX and whose styles come from our own sanitizer.
 */
export function hastToReact(tree: Root, components?: Components): ReactNode {
  return one(tree, undefined, components);
}
