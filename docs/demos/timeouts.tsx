/**
 * title: Timeouts and automatic retries
 * description: "With `retry={{ attempts: 2, backoff: 800 }}` the first request, which gets an HTTP 503, is asked again on its own: the user only sees a longer wait. The second answer stops mid-sentence; `streamIdleTimeout={2000}` fails it two seconds later, keeping the words so far, and offers Retry (a reply that had begun is never retried on its own, which would write it twice). `requestTimeout` does the same for a request that never answers."
 */
import { ProChat, type ChatRequest } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const busy = demoRequest({ reply: { text: '', status: 503, statusMessage: 'The model is busy (mock HTTP 503)' } }, { live: false });
const fine = demoRequest(
  { reply: () => t('The third request answers in full: this reply **completes**.', '第三次请求完整回答：这条回复**完整**生成了。') },
  { live: false },
);

/** Streams a few words, then goes quiet without closing, like a stalled connection. */
function stalling(signal: AbortSignal): ReadableStream<string> {
  const words = t('This answer starts, and then the server stops sending', '这个回答开了个头，然后服务器就不再发送').split(
    /(?<= )|(?<=[，。])/,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream<string>({
    start(controller) {
      let i = 0;
      const next = () => {
        if (i < words.length) controller.enqueue(words[i++]);
        if (i < words.length) timer = setTimeout(next, 120);
      };
      timer = setTimeout(next, 300);
      signal.addEventListener('abort', () => clearTimeout(timer));
    },
    cancel() {
      clearTimeout(timer);
    },
  });
}

let call = 0;
const request: ChatRequest = (messages, options) => {
  call += 1;
  if (call % 3 === 1) return busy(messages, options, options.signal);
  if (call % 3 === 2) return stalling(options.signal);
  return fine(messages, options, options.signal);
};

export default () => (
  <div style={{ height: 380 }}>
    <ProChat
      request={request}
      retry={{ attempts: 2, backoff: 800 }}
      requestTimeout={10_000}
      streamIdleTimeout={2000}
      helloMessage={t('Send anything, wait for the stall, then press **Retry**.', '随便发点什么，等回答停住，然后按 **重试**。')}
    />
  </div>
);
