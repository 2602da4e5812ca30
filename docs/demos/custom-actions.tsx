/**
 * title: Your own action bar
 * description: "`useMessageActions(id)` gives a custom `actionsRender` what the built-in bar does: copy, regenerate, edit in the row's own editor, delete a turn. The callbacks in `actionsCallbacks` still fire."
 */
import { CopyOutlined, DeleteOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { ProChat, useMessageActions } from 'pro-chat-next';

import { demoRequest } from './_model';

const request = demoRequest({ reply: (m) => `A fresh answer to “${m.at(-1)?.content}”.` });

function Bar({ id, isUser }: { id: string; isUser: boolean }) {
  const { message } = App.useApp();
  const { copy, regenerate, startEdit, remove } = useMessageActions(id);
  return (
    <Space size={4}>
      <Button size="small" icon={<CopyOutlined />} onClick={() => copy().then(() => message.success('Copied'))}>
        Copy
      </Button>
      {!isUser && (
        <Button size="small" icon={<ReloadOutlined />} onClick={() => void regenerate()}>
          Again
        </Button>
      )}
      <Button size="small" icon={<EditOutlined />} onClick={startEdit}>
        Edit
      </Button>
      <Button size="small" danger icon={<DeleteOutlined />} onClick={() => void remove()}>
        Delete
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
          { id: 'q', role: 'user', content: 'Edit me: the answer below is written again', createdAt: 1, updatedAt: 1, status: 'done' },
          {
            id: 'a',
            role: 'assistant',
            content: 'Press “Again” for a new answer, or delete the question to remove the turn.',
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
