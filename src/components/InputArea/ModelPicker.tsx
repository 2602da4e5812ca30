'use client';

import { Select } from 'antd';
import type { ReactNode } from 'react';

import type { ProChatLocaleStrings } from '../../locale';
import { useChatContext, useChatStore } from '../../store/react';

/** A model the user may pick. */
export interface ChatModelOption {
  /** What `config.model` becomes. */
  value: string;
  /** What the picker shows. @default the value */
  label?: ReactNode;
}

export interface ModelPickerProps {
  models: readonly ChatModelOption[];
  /** The model used when the user has picked none: `config.model`, else the first one. */
  fallback?: string;
  strings: ProChatLocaleStrings;
  onChange?: (model: string) => void;
  className?: string;
}

/** The model picker of the input bar: writes the chat's `model`, which requests send as `config.model`. */
export function ModelPicker({ models, fallback, strings, onChange, className }: ModelPickerProps) {
  const { store } = useChatContext();
  const picked = useChatStore((state) => state.model);
  const value = picked ?? fallback ?? models[0]?.value;
  return (
    <Select
      className={className}
      size="small"
      variant="borderless"
      aria-label={strings.model}
      value={value}
      popupMatchSelectWidth={false}
      options={models.map((model) => ({ value: model.value, label: model.label ?? model.value }))}
      onChange={(next: string) => {
        store.getState().setModel(next);
        onChange?.(next);
      }}
    />
  );
}
