/**
 * The `request` the demos use. It stands for your own request function: with a live endpoint
 * configured for the dev server (see the "Live mode" section of the quick start) it calls that
 * model through the proxy; otherwise it uses the built-in mock model.
 */
import { openAIStream, type ChatRequest } from 'pro-chat-next';
import { createMockRequest, type MockModelOptions } from 'pro-chat-next/mock';

import { t } from './_locale';

const LIVE_MODEL: string = process.env.PRO_CHAT_LIVE_MODEL ?? '';

export const isLive = LIVE_MODEL !== '';

export function demoRequest(mock: MockModelOptions = {}, options: { live?: boolean } = {}): ChatRequest {
  if (isLive && options.live !== false) {
    return async (messages, { signal }) => {
      const response = await fetch('/api/live/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: LIVE_MODEL, stream: true, messages: messages.map(({ role, content }) => ({ role, content })) }),
        signal,
      });
      return new Response(openAIStream(response, { reasoning: true }));
    };
  }
  return createMockRequest(mock);
}

/** A reply that shows most of what the markdown renderer handles. */
export const markdownReply = () =>
  [
    t('Here is a short tour of what the renderer handles:', '简单看看渲染器能处理哪些内容：'),
    '',
    t('## A list', '## 列表'),
    '',
    t(
      '- **Bold**, *italic*, `inline code` and [a link](https://example.com)',
      '- **粗体**、*斜体*、`行内代码`和[链接](https://example.com)',
    ),
    t('- Nested items:', '- 嵌套列表：'),
    t('  1. first', '  1. 第一项'),
    t('  2. second', '  2. 第二项'),
    '',
    t('## A table', '## 表格'),
    '',
    t('| Model | Tokens/s | Notes |', '| 模型 | Tokens/s | 说明 |'),
    '| --- | ---: | --- |',
    t('| small | 180 | fast |', '| small | 180 | 快 |'),
    t('| large | 45 | careful |', '| large | 45 | 细致 |'),
    '',
    t('## Code', '## 代码'),
    '',
    '```ts',
    'export async function* countdown(n: number) {',
    '  while (n > 0) yield `${n--}…`;',
    '}',
    '```',
    '',
    t('> Quotes work too.', '> 引用也没问题。'),
  ].join('\n');

/** A reply long enough to scroll. */
export const longReply = () =>
  Array.from({ length: 14 }, (_, i) =>
    t(
      `### Part ${i + 1}\n\nStreaming keeps the reader busy while the model works. This is paragraph ${i + 1} of a long answer; scroll up while it streams and the list stops following, scroll back down and it follows again.`,
      `### 第 ${i + 1} 部分\n\n流式输出让读者在模型生成时就有内容可读。这是一个长回答的第 ${i + 1} 段；输出过程中向上滚动，列表就不再跟随；滚回底部，它又会继续跟随。`,
    ),
  ).join('\n\n');

/** A reply with code blocks in several languages. */
export const codeReply = () =>
  [
    t('A small service in three languages, plus how to run it:', '用三种语言写的一个小服务，以及如何运行它：'),
    '',
    '```ts',
    "import { createServer } from 'node:http';",
    '',
    '/** Answers every request with the time, as JSON. */',
    'export function start(port = 8080) {',
    '  return createServer((req, res) => {',
    "    res.writeHead(200, { 'content-type': 'application/json' });",
    '    res.end(JSON.stringify({ now: new Date().toISOString(), path: req.url }));',
    '  }).listen(port);',
    '}',
    '```',
    '',
    t('The same in Python:', '用 Python 写是这样：'),
    '',
    '```python',
    'from http.server import BaseHTTPRequestHandler, HTTPServer',
    'import json, datetime',
    '',
    'class Clock(BaseHTTPRequestHandler):',
    '    def do_GET(self):',
    '        body = json.dumps({"now": datetime.datetime.now().isoformat()})',
    '        self.send_response(200)',
    '        self.end_headers()',
    '        self.wfile.write(body.encode())  # bytes, not str',
    '',
    'HTTPServer(("", 8080), Clock).serve_forever()',
    '```',
    '',
    t('And Rust, with a test:', '再用 Rust 写一遍，附带测试：'),
    '',
    '```rust',
    'fn fib(n: u64) -> u64 {',
    '    match n {',
    '        0 | 1 => n,',
    '        _ => fib(n - 1) + fib(n - 2),',
    '    }',
    '}',
    '',
    '#[test]',
    'fn tenth() {',
    '    assert_eq!(fib(10), 55);',
    '}',
    '```',
    '',
    t('Run it:', '运行：'),
    '',
    '```bash',
    'npm install && node --watch server.ts   # restarts on save',
    'curl -s localhost:8080/health | jq .now',
    '```',
    '',
    t('A response looks like this:', '响应如下：'),
    '',
    '```json',
    '{ "now": "2026-11-25T12:00:00.000Z", "path": "/health" }',
    '```',
    '',
    t('A language the highlighter does not know stays plain:', '高亮器不认识的语言保持纯文本：'),
    '',
    '```my-config-language',
    'listen 8080 => clock',
    '```',
  ].join('\n');

/** A reply with formulas in every syntax the renderer reads. */
export const mathReply = () =>
  [
    t('The quadratic $ax^2 + bx + c = 0$ has the roots', '二次方程 $ax^2 + bx + c = 0$ 的根为'),
    '',
    '$$',
    'x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}',
    '$$',
    '',
    t(
      "Models often write LaTeX delimiters instead: Euler's identity \\(e^{i\\pi} + 1 = 0\\), and the Basel problem",
      '模型也常常改用 LaTeX 定界符：欧拉恒等式 \\(e^{i\\pi} + 1 = 0\\)，以及巴塞尔问题',
    ),
    '',
    '\\[',
    '\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}',
    '\\]',
    '',
    t('A matrix and its determinant:', '一个矩阵及其行列式：'),
    '',
    '$$',
    '\\det\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} = ad - bc',
    '$$',
    '',
    t('Some models fence a formula as GitHub reads it:', '有些模型会像 GitHub 那样，把公式放进代码块：'),
    '',
    '```math',
    '\\int_0^1 x^2 \\, dx = \\frac{1}{3}',
    '```',
    '',
    t('Prices such as $5 and $10 stay as text, and so does `$code$`.', '像 $5 和 $10 这样的价格仍是文本，`$code$` 也一样。'),
  ].join('\n');
