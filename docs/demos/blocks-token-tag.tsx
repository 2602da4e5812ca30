/**
 * title: Token budget
 * description: "Move the slider: the tag turns to the warning colour when 30% or less is left and to the error colour, reading “Over limit”, past the budget. `displayMode` shows what is left or what is used."
 */
import { Slider, Space } from 'antd';
import { TokenTag } from 'pro-chat-next';
import { useState } from 'react';

export default () => {
  const [used, setUsed] = useState(1200);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%', maxWidth: 420 }}>
      <Slider min={0} max={5000} step={50} value={used} onChange={setUsed} aria-label="Tokens used" />
      <Space wrap>
        <TokenTag maxValue={4000} value={used} />
        <TokenTag maxValue={4000} value={used} displayMode="used" shape="square" />
        <TokenTag maxValue={4000} value={used} text={{ remained: '剩余', used: '已用', overload: '超出' }} />
      </Space>
    </div>
  );
};
