/**
 * title: Loading history and a hello message
 * description: "`loading` shows a skeleton while the history loads; `helloMessage` (markdown or any node) shows while there are no messages."
 */
import { useEffect, useState } from 'react';
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({ reply: () => t('History loaded, chat away.', '历史已加载，尽情聊吧。') });

export default () => {
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setLoading(false), 1500);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div style={{ height: 300 }}>
      <ProChat
        loading={loading}
        request={request}
        helloMessage={t('### Welcome\\nNothing here yet. Say **hi**.', '### 欢迎\\n这里还什么都没有。打个 **招呼** 吧。')}
      />
    </div>
  );
};
