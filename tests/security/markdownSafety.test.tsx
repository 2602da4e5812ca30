import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createMessage, Markdown, ProChat } from '../../src';
import { safeUrl } from '../../src/markdown/parse/safeUrl';

const ATTACKS: Array<[name: string, markdown: string, visible: string]> = [
  ['script tag', 'before <script>alert(1)</script> after', 'after'],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe>\n\nframe text', 'frame text'],
  ['svg onload', '<svg onload=alert(1)><circle /></svg> svg text', 'svg text'],
  ['img onerror', '<img src=x onerror=alert(1)> img text', 'img text'],
  ['html link', '<a href="javascript:alert(1)">html link</a>', 'html link'],
  ['inline javascript link', '[click me](javascript:alert(1))', 'click me'],
  ['mixed case', '[click me](JaVaScRiPt:alert(1))', 'click me'],
  ['entity encoded', '[click me](&#106;avascript:alert(1))', 'click me'],
  ['hex entity', '[click me](&#x6A;&#x61;vascript:alert(1))', 'click me'],
  ['named entity colon', '[click me](javascript&colon;alert(1))', 'click me'],
  ['tab inside scheme', '[click me](<java\tscript:alert(1)>)', 'click me'],
  ['leading control char', '[click me](<\u0001javascript:alert(1)>)', 'click me'],
  ['vbscript', '[click me](vbscript:msgbox(1))', 'click me'],
  ['data html', '[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'click me'],
  ['reference link', '[click me][x]\n\n[x]: javascript:alert(1)', 'click me'],
  ['autolink', '<javascript:alert(1)> autolink text', 'autolink text'],
  ['image javascript', '![alt text](javascript:alert(1))', ''],
  ['image data svg', '![svg alt](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', ''],
  ['alt breakout', '![x" onerror="alert(1)](https://example.com/a.png) alt text', 'alt text'],
  ['title breakout', '[click me](https://example.com "t\\" onclick=\\"alert(1)")', 'click me'],
  ['style tag', '<style>body{display:none}</style> styled text', 'styled text'],
  ['form action', '<form action="javascript:alert(1)"><button>go</button></form>', 'go'],
];

const BAD_URL = /^(javascript|vbscript|data|file):/i;

/** Fails when any executable attribute or URL made it into `root`. */
function expectInert(root: HTMLElement) {
  expect(root.querySelector('script, iframe, object, embed, style, form, svg, math, base, meta, link')).toBeNull();
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${element.tagName} ${attribute}`).toBe(false);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster'].includes(attribute)) {
        // eslint-disable-next-line no-control-regex
        const value = (element.getAttribute(attribute) ?? '').replace(/[\u0000-\u0020]/g, '');
        expect(BAD_URL.test(value), `${element.tagName} ${attribute}=${value}`).toBe(false);
      }
    }
  }
}

describe('markdown from the model is safe by default', () => {
  for (const [name, markdown, visible] of ATTACKS) {
    it(`${name}: nothing executable reaches the DOM, the text is still shown`, () => {
      render(<ProChat initialChats={[createMessage({ role: 'assistant', content: markdown })]} />);
      const log = screen.getByRole('log');
      // The rendered message (the row's own icons are antd SVGs, not model output).
      const content = log.querySelectorAll<HTMLElement>('[data-part="content"]');
      expect(content.length).toBeGreaterThan(0);
      content.forEach(expectInert);
      if (visible) expect(log).toHaveTextContent(visible);
    });
  }

  it('shows raw HTML as the literal text the model wrote', () => {
    render(<Markdown>{'Use <b>bold</b> and <div class="x">a div</div>'}</Markdown>);
    expect(document.body).toHaveTextContent('Use <b>bold</b> and <div class="x">a div</div>');
    expect(document.querySelector('b')).toBeNull();
  });

  it('keeps safe links and images working', () => {
    const { container } = render(
      <Markdown>{'[site](https://example.com) [mail](mailto:a@b.c) [rel](/docs) [hash](#top) ![pic](https://example.com/p.png)'}</Markdown>,
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.com', 'mailto:a@b.c', '/docs', '#top']);
    expect(container.querySelector('img')).toHaveAttribute('src', 'https://example.com/p.png');
  });

  it('custom components receive the filtered URL and cannot turn the protection off', () => {
    const seen: Array<string | undefined> = [];
    const { container } = render(
      <Markdown
        components={{
          a: ({ href, children }) => {
            seen.push(href);
            return <a href={href}>{children}</a>;
          },
        }}
      >
        {'[bad](javascript:alert(1)) [good](https://ok.example)'}
      </Markdown>,
    );
    expect(seen).toEqual([undefined, 'https://ok.example']);
    expectInert(container);
  });

  it('allowHtml renders HTML through rehype-sanitize with a strict schema', async () => {
    const { container } = render(
      <Markdown allowHtml>
        {
          '<b>bold</b> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> <script>alert(1)</script> <iframe src="https://e.com"></iframe> <a href="https://ok.example" onclick="alert(1)">ok</a>'
        }
      </Markdown>,
    );
    await waitFor(() => expect(container.querySelector('b')).toHaveTextContent('bold'));
    expectInert(container);
    expect(container.querySelector('a[href="https://ok.example"]')).toHaveTextContent('ok');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://a.b', 'link', true],
    ['http://a.b', 'image', true],
    ['mailto:x@y.z', 'link', true],
    ['mailto:x@y.z', 'image', false],
    ['/relative', 'image', true],
    ['./rel?q=1', 'link', true],
    ['#hash', 'link', true],
    ['javascript:alert(1)', 'link', false],
    [' JAVASCRIPT:alert(1)', 'link', false],
    ['java\nscript:alert(1)', 'link', false],
    ['\u0000javascript:alert(1)', 'link', false],
    ['vbscript:x', 'link', false],
    ['data:image/png;base64,xx', 'image', false],
    ['data:text/html,x', 'link', false],
    ['file:///etc/passwd', 'link', false],
  ] as const)('%s as %s → allowed: %s', (url, kind, allowed) => {
    expect(safeUrl(url, kind) !== undefined).toBe(allowed);
  });
});
