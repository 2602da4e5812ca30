/**
 * title: Edit a message in place
 * description: "`EditableMessage` is the editor a message shows in edit mode: focused, caret at the end; Save or Ctrl/Cmd+Enter returns the new text, Cancel or Escape drops it. Showing and hiding it is yours."
 */
import { Button } from 'antd';
import { EditableMessage, Markdown } from 'pro-chat-next';
import { useState } from 'react';

import { t } from './_locale';

export default () => {
  const [value, setValue] = useState(() => t('Some **markdown** to fix: teh typo.', '一段待修改的 **Markdown**：这里有个措别字。'));
  const [editing, setEditing] = useState(false);
  return editing ? (
    <EditableMessage
      value={value}
      onSave={(next) => {
        setValue(next);
        setEditing(false);
      }}
      onCancel={() => setEditing(false)}
    />
  ) : (
    <div style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
      <Markdown>{value}</Markdown>
      <Button size="small" onClick={() => setEditing(true)}>
        {t('Edit', '编辑')}
      </Button>
    </div>
  );
};
