/**
 * title: Back to the newest message
 * description: "`BackBottom` is positioned over the bottom right of its nearest positioned parent. You decide when it shows (`visible`) and what a click does (`onClick`); `ChatList` does both for you."
 */
import { BackBottom } from 'pro-chat-next';
import { useRef, useState } from 'react';

import { t } from './_locale';

export default () => {
  const scroller = useRef<HTMLDivElement>(null);
  const [away, setAway] = useState(false);
  return (
    <div style={{ position: 'relative', height: 240, border: '1px solid rgba(5, 5, 5, 0.06)', borderRadius: 8 }}>
      <div
        ref={scroller}
        style={{ height: '100%', overflowY: 'auto', padding: '0 16px' }}
        onScroll={(event) => {
          const el = event.currentTarget;
          setAway(el.scrollHeight - el.scrollTop - el.clientHeight > 24);
        }}
      >
        {Array.from({ length: 30 }, (_, i) => (
          <p key={i}>{t(`Line ${i + 1}: scroll up and the button appears.`, `第 ${i + 1} 行：向上滚动，按钮就会出现。`)}</p>
        ))}
      </div>
      <BackBottom visible={away} onClick={() => scroller.current?.scrollTo({ top: scroller.current.scrollHeight, behavior: 'smooth' })} />
    </div>
  );
};
