import type { ReactNode } from 'react';

import type { ChatMessageErrorInfo } from '../../core/errors';
import type { StoredChatMessage } from '../../core/message';
import type { MetaData } from './meta';

/** What every render hook receives about the row it renders. */
export interface ChatItemRenderProps {
  /** The message itself. */
  originData: StoredChatMessage;
  /** The meta (avatar, title…) of the message's side. */
  avatar: MetaData;
  /** The message text. */
  message: string;
  placement: 'left' | 'right';
  /** True for the user's own messages. */
  primary: boolean;
  /** True while this message is being generated. */
  loading: boolean;
  error?: ChatMessageErrorInfo;
  editing: boolean;
  showTitle: boolean;
  /** Last update, ms since the epoch. */
  time: number;
  'data-id': string;
}

/** Handles a render hook passes on, to drive the row's own actions. */
export interface ChatItemActionHandles {
  onStartEdit: () => void;
  onFinishEdit: () => void;
  onClick: (action: { key: string }) => void;
}

type Hook<Args extends unknown[]> = false | ((...args: Args) => ReactNode);

/** An action of the app's own in a message's action bar: its icon, its label and what it does. */
export interface ChatItemCustomAction {
  key: string;
  /** Accessible name and tooltip (and the menu text in `moreActions`). */
  label: string;
  icon?: ReactNode;
  danger?: boolean;
  /** Ask this first. */
  confirm?: string;
  onClick: (message: StoredChatMessage) => void;
}

/**
 * Per-role choice of actions: the built-in keys 'copy', 'edit', 'regenerate', 'del' and 'feedback'
 * (thumbs up and down), and actions of the app's own.
 */
export interface ChatItemActionsConfig {
  /** Shown as buttons, in this order. */
  actions?: (string | ChatItemCustomAction)[];
  /** Shown in a "more" menu. */
  moreActions?: (string | ChatItemCustomAction)[];
}

/**
 * Replace parts of a row. Each hook gets the row's props and the default node; returning nothing
 * keeps the default, and `false` instead of a function hides that part.
 */
export interface ChatItemRenderConfig {
  avatarRender?: Hook<[props: ChatItemRenderProps, defaultDom: ReactNode]>;
  titleRender?: Hook<[props: ChatItemRenderProps, defaultDom: ReactNode]>;
  contentRender?: Hook<[props: ChatItemRenderProps, defaultDom: ReactNode]>;
  actionsRender?: Hook<[props: ChatItemRenderProps, defaultDom: ReactNode, handles: ChatItemActionHandles]>;
  /** The whole row, given each default part and the default row. */
  render?: Hook<
    [
      props: ChatItemRenderProps,
      parts: {
        avatar: ReactNode;
        title: ReactNode;
        messageContent: ReactNode;
        actions: ReactNode;
        /** The version picker (`< 2 / 3 >`), when the message has versions. */
        versions: ReactNode;
        itemDom: ReactNode;
      },
      defaultDom: ReactNode,
    ]
  >;
  /** Notified after the built-in actions run. */
  actionsCallbacks?: {
    onEditFinished?: (id: string, value: string) => void;
    beforeDelFinished?: (id: string) => void | Promise<void>;
    onRegenerateFinished?: (id: string, error?: boolean) => void;
  };
  /** Which actions each role shows, keyed by role ('user', 'assistant', …, or 'default'). */
  actionsProps?: Record<string, ChatItemActionsConfig>;
}
