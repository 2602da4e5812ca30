'use client';

import { MessageInput } from './MessageInput';

export interface EditableMessageProps {
  /** The text being edited. */
  value: string;
  /** Called with the new text when the user saves. */
  onSave: (value: string) => void;
  /** Called when the user cancels; the edit is dropped. */
  onCancel: () => void;
  /** Labels of the Save and Cancel buttons and the textarea's accessible name (localized by default). */
  text?: { save?: string; cancel?: string; label?: string };
  className?: string;
}

/**
 * A message in edit mode: a `MessageInput` focused with the caret at the end, with Save and
 * Cancel. Escape cancels, Ctrl/Cmd+Enter saves.
 */
export function EditableMessage({ value, onSave, onCancel, text, className }: EditableMessageProps) {
  return (
    <MessageInput
      className={className}
      defaultValue={value}
      autoFocus
      onConfirm={onSave}
      onCancel={onCancel}
      text={{ confirm: text?.save, cancel: text?.cancel, label: text?.label }}
    />
  );
}
