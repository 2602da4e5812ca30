import DOMPurify from 'dompurify';
import mermaid from 'mermaid';

let count = 0;

/**
 * Draws a diagram with mermaid's strict security level: no `click` callbacks, no HTML labels, no
 * scripts. The SVG is sanitized again (DOMPurify's SVG profile) before the page sees it. Throws
 * the parser's error when the source is not a diagram.
 */
export async function renderMermaid(source: string, dark: boolean): Promise<string> {
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    suppressErrorRendering: true,
    theme: dark ? 'dark' : 'default',
  });
  await mermaid.parse(source);
  count += 1;
  const { svg } = await mermaid.render(`pro-chat-mermaid-${count}`, source);
  return DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true } });
}
