/**
 * @ant-design/pro-chat 1.x (React 18, antd 5, antd-style 3 from this folder's node_modules). Its
 * `request` gets a Response whose body is the reply as plain text: pro-chat appends bodies raw.
 * Plain JSX (not type-checked by the root tsconfig, which cannot see this folder's packages).
 */
import { ProChat } from '@ant-design/pro-chat';
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';

import { installBench } from '../streaming/page';

let reply;
let chat;
let root;

const request = async () => new Response(reply.textBytes());

function App({ history }) {
  const ref = useRef();
  chat = ref;
  return (
    <div style={{ height: '100vh' }}>
      <ProChat initialChats={history} request={request} chatRef={ref} />
    </div>
  );
}

installBench('pro-chat 1.x', {
  mount(container, history) {
    root?.unmount();
    root = createRoot(container);
    root.render(<App history={history} />);
  },
  send(io) {
    reply = io;
    void chat.current.sendMessage(io.question);
  },
});
