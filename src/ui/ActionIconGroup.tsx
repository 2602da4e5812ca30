'use client';

import { EllipsisOutlined } from '@ant-design/icons';
import { Button, Dropdown, Modal, Popconfirm, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';

export interface ActionIconItem {
  key: string;
  /** Accessible name and tooltip. */
  label: string;
  icon: ReactNode;
  /** Ask before running (e.g. delete). */
  confirm?: string;
  danger?: boolean;
  /** A toggle, and whether it is on (`aria-pressed`). */
  pressed?: boolean;
  /** Render this item yourself (e.g. a CopyButton); replaces the default button. */
  node?: ReactNode;
}

export interface ActionIconGroupProps {
  items: ActionIconItem[];
  /** Items in a "more" menu. */
  moreItems?: ActionIconItem[];
  onActionClick: (action: { key: string }) => void;
  moreLabel?: string;
  confirmText?: { ok: string; cancel: string };
}

/**
 * A row of small icon buttons with tooltips, and an optional "more" menu. An item with `confirm`
 * asks first, inline (a popover) or from the menu (a dialog).
 */
export function ActionIconGroup({ items, moreItems = [], onActionClick, moreLabel = 'More', confirmText }: ActionIconGroupProps) {
  // The menu item waiting for the user's confirmation; its dialog is mounted only then.
  const [confirming, setConfirming] = useState<ActionIconItem | null>(null);
  return (
    <>
      {items.map((item) => {
        if (item.node) return <span key={item.key}>{item.node}</span>;
        const button = (
          <Button
            type="text"
            size="small"
            danger={item.danger}
            aria-label={item.label}
            aria-pressed={item.pressed}
            icon={item.icon}
            onClick={item.confirm ? undefined : () => onActionClick({ key: item.key })}
          />
        );
        return item.confirm ? (
          <Popconfirm
            key={item.key}
            title={item.confirm}
            okText={confirmText?.ok}
            cancelText={confirmText?.cancel}
            onConfirm={() => onActionClick({ key: item.key })}
          >
            <Tooltip title={item.label}>{button}</Tooltip>
          </Popconfirm>
        ) : (
          <Tooltip key={item.key} title={item.label}>
            {button}
          </Tooltip>
        );
      })}
      {moreItems.length > 0 && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: moreItems.map((item) => ({ key: item.key, label: item.label, icon: item.icon, danger: item.danger })),
            onClick: ({ key }) => {
              const item = moreItems.find((candidate) => candidate.key === key);
              if (item?.confirm) setConfirming(item);
              else onActionClick({ key });
            },
          }}
        >
          <Button type="text" size="small" aria-label={moreLabel} icon={<EllipsisOutlined />} />
        </Dropdown>
      )}
      {confirming && (
        <Modal
          open
          title={confirming.confirm}
          okText={confirmText?.ok}
          cancelText={confirmText?.cancel}
          okButtonProps={{ danger: confirming.danger }}
          width={360}
          onOk={() => {
            setConfirming(null);
            onActionClick({ key: confirming.key });
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
