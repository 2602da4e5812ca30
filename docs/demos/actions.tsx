/**
 * title: Message actions
 * description: Copy, regenerate, edit in place and delete. Editing your own message regenerates the reply (`regenerateOnEdit`, needed here because the demo also handles `onEditFinished`); deleting it removes the reply too, after a confirm, inline or from the “more” menu. `actionsProps` picks the actions per role; `actionsCallbacks` tells the app.
 */
import { App } from 'antd';
import { ProChat } from 'pro-chat-next';

import { demoRequest } from './_model';

const request = demoRequest({ reply: (m) => `Reply to “${m.at(-1)?.content}” at ${new Date().toLocaleTimeString()}` });

const Demo = () => {
  const { message } = App.useApp();
  return (
    <div style={{ height: 380 }}>
      <ProChat
        request={request}
        // This demo also handles onEditFinished, which on its own leaves answering the edit to the
        // app (as pro-chat did); regenerateOnEdit asks the chat to answer it again anyway.
        regenerateOnEdit
        initialChats={[
          { id: 'q', role: 'user', content: 'Hover me: edit, copy, delete', createdAt: 1, updatedAt: 1, status: 'done' },
          {
            id: 'a',
            role: 'assistant',
            content: 'Hover me: copy, regenerate, edit, delete, and a “more” menu',
            parentId: 'q',
            createdAt: 2,
            updatedAt: 2,
            status: 'done',
          },
        ]}
        chatItemRenderConfig={{
          actionsProps: {
            user: { actions: ['edit', 'copy', 'del'] },
            assistant: { actions: ['copy', 'regenerate'], moreActions: ['edit', 'del'] },
          },
          actionsCallbacks: {
            onEditFinished: (id, value) => message.info(`Edited ${id}: ${value.slice(0, 20)}`),
            onRegenerateFinished: (id, error) => message.info(`Regenerated ${id}${error ? ' (failed)' : ''}`),
            beforeDelFinished: (id) => void message.info(`Deleting ${id}`),
          },
        }}
      />
    </div>
  );
};

export default () => (
  <App>
    <Demo />
  </App>
);
