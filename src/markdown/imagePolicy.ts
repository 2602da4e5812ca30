/**
 * Where images in markdown may load from on their own. Without a policy every http(s) image loads
 * as soon as it is rendered; with one, only the images it allows do, and the others wait for the
 * user's click.
 */
export interface ImagePolicy {
  /**
   * URL prefixes, e.g. `'https://cdn.example.com/images/'`. A bare origin (`'https://cdn.example.com'`)
   * allows that origin only, never `https://cdn.example.com.attacker.example`.
   * @default []
   */
  allowedPrefixes?: string[];
  /** Host names allowed whatever the path, e.g. `'images.example.com'` (exact, no subdomains). @default [] */
  allowedHosts?: string[];
  /**
   * Images with a relative URL (from the page's own origin).
   * @default true
   */
  allowRelative?: boolean;
}

const RELATIVE_BASE = 'http://relative.invalid/';

/** Whether an image URL (already limited to safe schemes) may load without the user's click. */
export function imageAllowed(src: string, policy: ImagePolicy): boolean {
  let url: URL;
  try {
    url = new URL(src, RELATIVE_BASE);
  } catch {
    return false;
  }
  const relative = url.href.startsWith(RELATIVE_BASE) && !/^[a-z][a-z0-9+.-]*:/i.test(src.trim());
  if (relative) return policy.allowRelative ?? true;
  const host = url.host.toLowerCase();
  if (policy.allowedHosts?.some((allowed) => allowed.toLowerCase() === host)) return true;
  return (
    policy.allowedPrefixes?.some((prefix) => {
      try {
        // URL normalises both: `https://cdn.example.com` becomes `https://cdn.example.com/`.
        return url.href.startsWith(new URL(prefix).href);
      } catch {
        return false;
      }
    }) ?? false
  );
}
