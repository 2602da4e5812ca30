/**
 * title: Token budget
 * description: "Move the slider: the tag turns to the warning colour when 30% or less is left and to the error colour, reading “Over limit”, past the budget. `displayMode` shows what is left or what is used."
 */
import { Slider, Space } from 'antd';
import { TokenTag } from 'pro-chat-next';
import { useState } from 'react';

import { t } from './_locale';

export default () => {
  const [used, setUsed] = useState(1200);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%', maxWidth: 420 }}>
      {/* The value shows in the tags; the handle's own tooltip is off because antd 6's tooltip can loop
          ("Maximum update depth exceeded") while a slider is dragged (ant-design/ant-design#56336). */}
      <Slider
        min={0}
        max={5000}
        step={50}
        value={used}
        onChange={setUsed}
        tooltip={{ open: false }}
        aria-label={t('Tokens used', '已用 token 数')}
      />
      <Space wrap>
        <TokenTag maxValue={4000} value={used} />
        <TokenTag maxValue={4000} value={used} displayMode="used" shape="square" />
        <TokenTag
          maxValue={4000}
          value={used}
          text={{ remained: t('Left', '余量'), used: t('Spent', '已耗'), overload: t('Over', '超额') }}
        />
      </Space>
    </div>
  );
};
