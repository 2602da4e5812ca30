/** pro-chat-next as it ships (the bench bundles the built dist/) with React 19 and antd 6 from the root node_modules. */
import { useRef, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';

import { configureHighlighter, openAIStream, ProChat, type ChatMessage, type ChatTools, type ProChatInstance } from 'pro-chat-next';
import { fromOpenAI } from 'pro-chat-next/server';
import { installBench, noteStoreWrite, reportStoreWrites, STEP_TOOL, type BenchApp, type ReplyIO } from '../page';

// Code is highlighted in a worker, as the docs recommend (the bench build emits highlight.worker.js).
configureHighlighter({ worker: () => new Worker(new URL('./highlight.worker.js', import.meta.url), { type: 'module' }) });

let reply: ReplyIO | undefined;
let chat: RefObject<ProChatInstance | undefined> | undefined;
let root: Root | undefined;
/** `?smooth=0` turns smoothOutput off (a diagnostic row: rendering without the paced reveal). */
const smoothOutput = new URLSearchParams(location.search).get('smooth') !== '0';
/** `?highlight=0` / `?math=0`: diagnostics, code colours or math off. */
const markdownProps = {
  highlight: new URLSearchParams(location.search).get('highlight') !== '0',
  math: new URLSearchParams(location.search).get('math') !== '0',
};

/** `?reader=parts`: read the SSE as part events with fromOpenAI (the text path is openAIStream). */
const asParts = new URLSearchParams(location.search).get('reader') === 'parts';
/** `?answer=steps5`: a five-step turn; the browser runs the model's `lookup` calls between steps. */
const tools: ChatTools | undefined =
  new URLSearchParams(location.search).get('answer') === 'steps5'
    ? { [STEP_TOOL]: { description: 'Looks a thing up', execute: (input) => ({ found: String(input.query) }) } }
    : undefined;

// Every store write that changes the message list reaches onChatsChange.
reportStoreWrites();
const onChatsChange = (messages: readonly ChatMessage[]) => noteStoreWrite(messages.at(-1)?.status === 'streaming');

// As the docs do: the model's SSE response through openAIStream, or fromOpenAI for parts.
const request = async () => {
  if (!reply) throw new Error('no reply prepared');
  return asParts ? fromOpenAI(reply.sse()) : new Response(openAIStream(reply.sse()));
};

function App({ history }: { history: ChatMessage[] }) {
  const ref = useRef<ProChatInstance | undefined>(undefined);
  chat = ref;
  return (
    <div style={{ height: '100vh' }}>
      <ProChat
        initialChats={history}
        request={request}
        tools={tools}
        onChatsChange={onChatsChange}
        chatRef={ref}
        smoothOutput={smoothOutput}
        markdownProps={markdownProps}
      />
    </div>
  );
}

const app: BenchApp = {
  mount(container, history) {
    root?.unmount();
    root = createRoot(container);
    root.render(<App history={history} />);
  },
  send(io) {
    reply = io;
    void chat?.current?.sendMessage(io.question);
  },
};

installBench('ours', app);
