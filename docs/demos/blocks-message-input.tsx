/**
 * title: Edit a text
 * description: "`MessageInput` keeps its own draft from `defaultValue`; Save (or Ctrl/Cmd+Enter) calls `onConfirm` with it, Cancel (or Escape) calls `onCancel`. `renderButtons` replaces the buttons."
 */
import { Button, Space, Typography } from 'antd';
import { MessageInput } from 'pro-chat-next';
import { useState } from 'react';

import { t } from './_locale';

export default () => {
  const [role, setRole] = useState(() =>
    t('You are a helpful assistant. Answer in short paragraphs.', '你是一个乐于助人的助手，请用简短的段落回答。'),
  );
  const [editing, setEditing] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%' }}>
      {editing ? (
        <MessageInput
          key={round}
          defaultValue={role}
          placeholder={t('Describe the assistant', '描述这个助手')}
          text={{ label: t('System prompt', '系统提示词') }}
          autoFocus
          onConfirm={(text) => {
            setRole(text);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <Space align="start">
          <Typography.Paragraph style={{ margin: 0 }}>{role}</Typography.Paragraph>
          <Button
            size="small"
            onClick={() => {
              setRound((n) => n + 1);
              setEditing(true);
            }}
          >
            {t('Edit', '编辑')}
          </Button>
        </Space>
      )}
      <MessageInput
        defaultValue={t('A fixed height, a filled textarea and buttons of your own.', '固定高度、填充样式的输入框，以及自定义的按钮。')}
        height={80}
        type="block"
        text={{ label: t('Note', '备注') }}
        renderButtons={(text) => [
          { children: t('Count', '统计字数'), onClick: () => alert(t(`${text.length} characters`, `${text.length} 个字符`)) },
          { children: t('Upper case', '转成大写'), type: 'primary', onClick: () => alert(text.toUpperCase()) },
        ]}
      />
    </div>
  );
};
