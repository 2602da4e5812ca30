/**
 * title: Icon actions
 * description: "Every item is an icon button with a tooltip and an accessible name; `confirm` asks first, `moreItems` go in a menu, `node` renders your own element. Clicks arrive in `onActionClick`."
 */
import { DeleteOutlined, EditOutlined, ReloadOutlined, ShareAltOutlined } from '@ant-design/icons';
import { ActionIconGroup, CopyButton } from 'pro-chat-next';
import { useState } from 'react';

import { t } from './_locale';

export default () => {
  const [last, setLast] = useState(() => t('none yet', '暂无'));
  return (
    <div>
      <ActionIconGroup
        items={[
          {
            key: 'copy',
            label: t('Copy', '复制'),
            icon: null,
            node: <CopyButton content={t('Copied from the group', '从操作组复制的内容')} />,
          },
          { key: 'edit', label: t('Edit', '编辑'), icon: <EditOutlined /> },
          { key: 'regenerate', label: t('Regenerate', '重新生成'), icon: <ReloadOutlined /> },
          {
            key: 'del',
            label: t('Delete', '删除'),
            icon: <DeleteOutlined />,
            danger: true,
            confirm: t('Delete this message?', '删除这条消息？'),
          },
        ]}
        moreItems={[{ key: 'share', label: t('Share', '分享'), icon: <ShareAltOutlined /> }]}
        onActionClick={({ key }) => setLast(key)}
      />
      <p>
        {t('Last action: ', '上一个操作：')}
        {last}
      </p>
    </div>
  );
};
