'use client';

import { RobotOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar } from 'antd';
import { isValidElement, memo, type ReactNode } from 'react';

import type { MetaData } from './meta';

const IMAGE = /^(https?:\/\/|\/|\.\.?\/|data:image\/|blob:)/i;

export interface ChatAvatarProps {
  meta?: MetaData;
  role: string;
  size?: number;
}

/**
 * An avatar from meta: an image for URLs and data URIs, text or emoji on a colour, or a node.
 * Memoized: a streaming reply renders its row on every frame, its avatar only when meta changes.
 */
export const ChatAvatar = memo(function ChatAvatar({ meta, role, size = 32 }: ChatAvatarProps) {
  const avatar: ReactNode = meta?.avatar;
  const style = meta?.backgroundColor ? { background: meta.backgroundColor } : undefined;
  if (typeof avatar === 'string' && avatar) {
    if (IMAGE.test(avatar)) return <Avatar size={size} src={avatar} alt="" aria-hidden />;
    return (
      <Avatar size={size} style={{ ...style, fontSize: size * 0.55 }} aria-hidden>
        {avatar}
      </Avatar>
    );
  }
  if (isValidElement(avatar)) return <span aria-hidden>{avatar}</span>;
  return <Avatar size={size} style={style} aria-hidden icon={role === 'user' ? <UserOutlined /> : <RobotOutlined />} />;
});
