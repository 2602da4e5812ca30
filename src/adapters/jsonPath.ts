/**
 * Sets a value at a JSON path such as `$.recipe.ingredients[0].name` (the form Gemini names a
 * streamed argument with), making the objects and arrays on the way. With `append`, a string
 * value is added to the string already there. Paths it cannot read are ignored.
 */
export function setAtPath(target: Record<string, unknown>, path: string, value: unknown, append = false): void {
  const keys: Array<string | number> = [];
  const pattern = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]/g;
  if (!path.startsWith('$')) return;
  let at = 1;
  for (let match = pattern.exec(path); match && match.index === at; match = pattern.exec(path)) {
    keys.push(match[2] !== undefined ? Number(match[2]) : (match[1] ?? match[3]));
    at = pattern.lastIndex;
  }
  if (at !== path.length || keys.length === 0) return;
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < keys.length - 1; i += 1) {
    const next = node[keys[i]];
    if (next === null || typeof next !== 'object') node[keys[i]] = typeof keys[i + 1] === 'number' ? [] : {};
    node = node[keys[i]] as Record<string | number, unknown>;
  }
  const last = keys[keys.length - 1];
  const before = node[last];
  node[last] = append && typeof before === 'string' && typeof value === 'string' ? before + value : value;
}
