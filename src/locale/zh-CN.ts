import type { ProChatLocaleStrings } from './types';

const zhCN: ProChatLocaleStrings = {
  placeholder: '输入消息…（Enter 发送，Shift+Enter 换行）',
  send: '发送',
  stop: '停止',
  retry: '重试',
  thinking: '正在生成回复',
  stopped: '已停止',
  errorTitle: '回复失败',
  messageList: '对话',
  inputLabel: '消息',
  assistant: '助手',
  user: '你',
};

export default zhCN;
