/**
 * title: Icon actions
 * description: "Every item is an icon button with a tooltip and an accessible name; `confirm` asks first, `moreItems` go in a menu, `node` renders your own element. Clicks arrive in `onActionClick`."
 */
import { DeleteOutlined, EditOutlined, ReloadOutlined, ShareAltOutlined } from '@ant-design/icons';
import { ActionIconGroup, CopyButton } from 'pro-chat-next';
import { useState } from 'react';

export default () => {
  const [last, setLast] = useState('none yet');
  return (
    <div>
      <ActionIconGroup
        items={[
          { key: 'copy', label: 'Copy', icon: null, node: <CopyButton content="Copied from the group" /> },
          { key: 'edit', label: 'Edit', icon: <EditOutlined /> },
          { key: 'regenerate', label: 'Regenerate', icon: <ReloadOutlined /> },
          { key: 'del', label: 'Delete', icon: <DeleteOutlined />, danger: true, confirm: 'Delete this message?' },
        ]}
        moreItems={[{ key: 'share', label: 'Share', icon: <ShareAltOutlined /> }]}
        onActionClick={({ key }) => setLast(key)}
      />
      <p>Last action: {last}</p>
    </div>
  );
};
