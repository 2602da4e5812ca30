// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { createMessage, ProChat } from '../../src';

describe('server rendering', () => {
  it('renders <ProChat> in Node with no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <ProChat
        request={() => 'ok'}
        showTitle
        helloMessage="Hi"
        initialChats={[
          createMessage({ id: 'u', role: 'user', content: 'Server **question**', createdAt: 0 }),
          createMessage({ id: 'a', role: 'assistant', content: 'Server answer', parentId: 'u', createdAt: 0 }),
        ]}
      />,
    );
    expect(html).toContain('role="log"');
    expect(html).toContain('<strong>question</strong>');
    expect(html).toContain('Server answer');
  });
});
