import type { ProChatLocaleStrings } from './types';

const enUS: ProChatLocaleStrings = {
  placeholder: 'Type a message… (Enter to send, Shift+Enter for a new line)',
  send: 'Send',
  stop: 'Stop',
  retry: 'Retry',
  thinking: 'Generating a reply',
  stopped: 'Stopped',
  errorTitle: 'The reply failed',
  messageList: 'Conversation',
  inputLabel: 'Message',
  assistant: 'Assistant',
  user: 'You',
  copy: 'Copy',
  copied: 'Copied',
  regenerate: 'Regenerate',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  deleteConfirm: 'Delete this message?',
  deleteTurnConfirm: 'Delete this message and its reply?',
  clearConversation: 'Clear conversation',
  clearConfirm: 'Clear the whole conversation?',
  confirm: 'OK',
  backToBottom: 'Back to bottom',
  messageActions: 'Message actions',
  loadingHistory: 'Loading conversation',
  replyStarted: 'The assistant is replying',
  replyFinished: 'Reply finished',
};

export default enUS;
