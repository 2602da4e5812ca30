/**
 * title: Message actions
 * description: Copy, regenerate, edit in place and delete. Editing your own message regenerates the reply (`regenerateOnEdit`, needed here because the demo also handles `onEditFinished`); deleting it removes the reply too, after a confirm, inline or from the “more” menu. `actionsProps` picks the actions per role; `actionsCallbacks` tells the app.
 */
import { App } from 'antd';
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({
  reply: (m) => {
    const asked = m.at(-1)?.content;
    const time = new Date().toLocaleTimeString();
    return t(`Reply to “${asked}” at ${time}`, `${time} 对“${asked}”的回复`);
  },
});

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
          {
            id: 'q',
            role: 'user',
            content: t('Hover me: edit, copy, delete', '鼠标悬停在我上面：编辑、复制、删除'),
            createdAt: 1,
            updatedAt: 1,
            status: 'done',
          },
          {
            id: 'a',
            role: 'assistant',
            content: t(
              'Hover me: copy, regenerate, edit, delete, and a “more” menu',
              '鼠标悬停在我上面：复制、重新生成、编辑、删除，还有“更多”菜单',
            ),
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
            onEditFinished: (id, value) => message.info(t(`Edited ${id}: ${value.slice(0, 20)}`, `已编辑 ${id}：${value.slice(0, 20)}`)),
            onRegenerateFinished: (id, error) =>
              message.info(t(`Regenerated ${id}${error ? ' (failed)' : ''}`, `已重新生成 ${id}${error ? '（失败）' : ''}`)),
            beforeDelFinished: (id) => void message.info(t(`Deleting ${id}`, `正在删除 ${id}`)),
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
