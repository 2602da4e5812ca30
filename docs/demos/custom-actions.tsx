/**
 * title: Your own action bar
 * description: "`useMessageActions(id)` gives a custom `actionsRender` what the built-in bar does: copy, regenerate, edit in the row's own editor, delete a turn. The callbacks in `actionsCallbacks` still fire."
 */
import { CopyOutlined, DeleteOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { ProChat, useMessageActions } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({ reply: (m) => t(`A fresh answer to “${m.at(-1)?.content}”.`, `对“${m.at(-1)?.content}”的全新回答。`) });

function Bar({ id, isUser }: { id: string; isUser: boolean }) {
  const { message } = App.useApp();
  const { copy, regenerate, startEdit, remove } = useMessageActions(id);
  return (
    <Space size={4}>
      <Button size="small" icon={<CopyOutlined />} onClick={() => copy().then(() => message.success(t('Copied', '已复制')))}>
        {t('Copy', '复制')}
      </Button>
      {!isUser && (
        <Button size="small" icon={<ReloadOutlined />} onClick={() => void regenerate()}>
          {t('Again', '再答一次')}
        </Button>
      )}
      <Button size="small" icon={<EditOutlined />} onClick={startEdit}>
        {t('Edit', '编辑')}
      </Button>
      <Button size="small" danger icon={<DeleteOutlined />} onClick={() => void remove()}>
        {t('Delete', '删除')}
      </Button>
    </Space>
  );
}

export default () => (
  <App>
    <div style={{ height: 380 }}>
      <ProChat
        request={request}
        smoothOutput={false}
        initialChats={[
          {
            id: 'q',
            role: 'user',
            content: t('Edit me: the answer below is written again', '编辑我：下面的回答会重新生成'),
            createdAt: 1,
            updatedAt: 1,
            status: 'done',
          },
          {
            id: 'a',
            role: 'assistant',
            content: t(
              'Press “Again” for a new answer, or delete the question to remove the turn.',
              '按“再答一次”获得新的回答，或删除问题以移除这一轮对话。',
            ),
            parentId: 'q',
            createdAt: 2,
            updatedAt: 2,
            status: 'done',
          },
        ]}
        chatItemRenderConfig={{ actionsRender: (props) => <Bar id={props['data-id']} isUser={props.primary} /> }}
      />
    </div>
  </App>
);
