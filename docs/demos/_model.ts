/**
 * The `request` the demos use. It stands for your own request function: with a live endpoint
 * configured for the dev server (see the "Live mode" section of the quick start) it calls that
 * model through the proxy; otherwise it uses the built-in mock model.
 */
import { openAIStream, type ChatRequest } from 'pro-chat-next';
import { createMockRequest, type MockModelOptions } from 'pro-chat-next/mock';

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

export const MARKDOWN_REPLY = [
  'Here is a short tour of what the renderer handles:',
  '',
  '## A list',
  '',
  '- **Bold**, *italic*, `inline code` and [a link](https://example.com)',
  '- Nested items:',
  '  1. first',
  '  2. second',
  '',
  '## A table',
  '',
  '| Model | Tokens/s | Notes |',
  '| --- | ---: | --- |',
  '| small | 180 | fast |',
  '| large | 45 | careful |',
  '',
  '## Code',
  '',
  '```ts',
  'export async function* countdown(n: number) {',
  '  while (n > 0) yield `${n--}…`;',
  '}',
  '```',
  '',
  '> Quotes work too.',
].join('\n');

export const LONG_REPLY = Array.from(
  { length: 14 },
  (_, i) =>
    `### Part ${i + 1}\n\nStreaming keeps the reader busy while the model works. This is paragraph ${i + 1} of a long answer; scroll up while it streams and the list stops following, scroll back down and it follows again.`,
).join('\n\n');

export const CODE_REPLY = [
  'A small service in three languages, plus how to run it:',
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
  'The same in Python:',
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
  'And Rust, with a test:',
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
  'Run it:',
  '',
  '```bash',
  'npm install && node --watch server.ts   # restarts on save',
  'curl -s localhost:8080/health | jq .now',
  '```',
  '',
  'A response looks like this:',
  '',
  '```json',
  '{ "now": "2026-11-25T12:00:00.000Z", "path": "/health" }',
  '```',
  '',
  'A language the highlighter does not know stays plain:',
  '',
  '```my-config-language',
  'listen 8080 => clock',
  '```',
].join('\n');

export const MATH_REPLY = [
  'The quadratic $ax^2 + bx + c = 0$ has the roots',
  '',
  '$$',
  'x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}',
  '$$',
  '',
  "Models often write LaTeX delimiters instead: Euler's identity \\(e^{i\\pi} + 1 = 0\\), and the Basel problem",
  '',
  '\\[',
  '\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}',
  '\\]',
  '',
  'A matrix and its determinant:',
  '',
  '$$',
  '\\det\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} = ad - bc',
  '$$',
  '',
  'Some models fence a formula as GitHub reads it:',
  '',
  '```math',
  '\\int_0^1 x^2 \\, dx = \\frac{1}{3}',
  '```',
  '',
  'Prices such as $5 and $10 stay as text, and so does `$code$`.',
].join('\n');
