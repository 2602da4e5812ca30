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
};

export default enUS;
