import type { ReactNode } from 'react';

/** How one side of the conversation looks. */
export interface MetaData {
  /** An emoji or short text, an image URL or data URI, or any node. */
  avatar?: ReactNode;
  /** Name shown above the message when `showTitle` is on. */
  title?: ReactNode;
  /** Avatar background (for emoji and text avatars). */
  backgroundColor?: string;
  /** Added to each row of this side. */
  className?: string;
}
