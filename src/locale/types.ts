export interface ProChatLocaleStrings {
  placeholder: string;
  send: string;
  stop: string;
  retry: string;
  thinking: string;
  stopped: string;
  errorTitle: string;
  messageList: string;
  inputLabel: string;
  assistant: string;
  user: string;
}
