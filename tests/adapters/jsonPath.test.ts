// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { setAtPath } from '../../src/adapters/jsonPath';

describe('setAtPath', () => {
  it('builds nested objects and arrays from $.a.b[0].c paths, and appends string pieces', () => {
    const target: Record<string, unknown> = {};
    setAtPath(target, '$.order.items[0].name', 'Te');
    setAtPath(target, '$.order.items[0].name', 'a', true);
    setAtPath(target, '$.order.items[1].qty', 2);
    setAtPath(target, "$['odd key']", true);
    expect(target).toEqual({ order: { items: [{ name: 'Tea' }, { qty: 2 }] }, 'odd key': true });
  });

  it('ignores paths it cannot read', () => {
    const target: Record<string, unknown> = {};
    for (const path of ['', '$', 'order.items', '$.a..b', '$[x]']) setAtPath(target, path, 1);
    expect(target).toEqual({});
  });
});
