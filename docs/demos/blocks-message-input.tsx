/**
 * title: Edit a text
 * description: "`MessageInput` keeps its own draft from `defaultValue`; Save (or Ctrl/Cmd+Enter) calls `onConfirm` with it, Cancel (or Escape) calls `onCancel`. `renderButtons` replaces the buttons."
 */
import { Button, Space, Typography } from 'antd';
import { MessageInput } from 'pro-chat-next';
import { useState } from 'react';

export default () => {
  const [role, setRole] = useState('You are a helpful assistant. Answer in short paragraphs.');
  const [editing, setEditing] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%' }}>
      {editing ? (
        <MessageInput
          key={round}
          defaultValue={role}
          placeholder="Describe the assistant"
          text={{ label: 'System prompt' }}
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
            Edit
          </Button>
        </Space>
      )}
      <MessageInput
        defaultValue="A fixed height, a filled textarea and buttons of your own."
        height={80}
        type="block"
        text={{ label: 'Note' }}
        renderButtons={(text) => [
          { children: 'Count', onClick: () => alert(`${text.length} characters`) },
          { children: 'Upper case', type: 'primary', onClick: () => alert(text.toUpperCase()) },
        ]}
      />
    </div>
  );
};
