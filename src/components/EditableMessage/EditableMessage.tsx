import { Button, Input } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface EditableMessageProps {
  /** The text being edited. */
  value: string;
  /** Called with the new text when the user saves. */
  onSave: (value: string) => void;
  onCancel: () => void;
  text?: { save?: string; cancel?: string; label?: string };
  /** Label of the save button when saving also regenerates the reply. */
  className?: string;
}

/** A message in edit mode: a textarea with Save and Cancel. Escape cancels, Ctrl/Cmd+Enter saves. */
export function EditableMessage({ value, onSave, onCancel, text, className }: EditableMessageProps) {
  const [draft, setDraft] = useState(value);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const element = area.current;
    element?.focus();
    element?.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave(draft);
    }
  };
  return (
    <div className={className} style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 240 }}>
      <Input.TextArea
        ref={(node) => {
          area.current = node?.resizableTextArea?.textArea ?? null;
        }}
        value={draft}
        aria-label={text?.label ?? 'Edit message'}
        autoSize={{ minRows: 2, maxRows: 16 }}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        <Button size="small" onClick={onCancel}>
          {text?.cancel ?? 'Cancel'}
        </Button>
        <Button size="small" type="primary" onClick={() => onSave(draft)}>
          {text?.save ?? 'Save'}
        </Button>
      </div>
    </div>
  );
}
