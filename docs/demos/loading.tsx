/**
 * title: Loading history and a hello message
 * description: "`loading` shows a skeleton while the history loads; `helloMessage` (markdown or any node) shows while there are no messages."
 */
import { useEffect, useState } from 'react';
import { ProChat } from 'pro-chat-next';

import { demoRequest } from './_model';

const request = demoRequest({ reply: 'History loaded, chat away.' });

export default () => {
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setLoading(false), 1500);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div style={{ height: 300 }}>
      <ProChat loading={loading} request={request} helloMessage="### Welcome\nNothing here yet. Say **hi**." />
    </div>
  );
};
