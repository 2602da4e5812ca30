const LINK_PROTOCOLS = new Set(['http', 'https', 'mailto']);
const IMAGE_PROTOCOLS = new Set(['http', 'https']);

/**
 * Whether a URL from model output may be used as a link (`href`) or image (`src`). Links: http,
 * https, mailto, relative paths and #hash; images: http, https and relative paths. Everything else
 * (javascript:, vbscript:, data:, file:, …) is refused, including the disguises browsers still
 * execute: mixed case, leading whitespace or control characters, tabs or newlines inside the
 * scheme, and character references (the markdown parser has already decoded `&#106;` to `j`).
 */
export function safeUrl(url: string, kind: 'link' | 'image'): string | undefined {
  // Browsers drop ASCII whitespace and control characters inside URLs before reading the scheme.
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  const colon = squeezed.indexOf(':');
  const firstDelimiter = squeezed.search(/[/?#]/);
  // No scheme: relative path, query or fragment.
  if (colon === -1 || (firstDelimiter !== -1 && firstDelimiter < colon)) {
    if (kind === 'image' && squeezed.startsWith('#')) return undefined;
    return url.trim();
  }
  const scheme = squeezed.slice(0, colon).toLowerCase();
  const allowed = kind === 'link' ? LINK_PROTOCOLS : IMAGE_PROTOCOLS;
  return allowed.has(scheme) ? url.trim() : undefined;
}
