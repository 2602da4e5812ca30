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
  copy: '复制',
  copied: '已复制',
  regenerate: '重新生成',
  edit: '编辑',
  save: '保存',
  cancel: '取消',
  delete: '删除',
  deleteConfirm: '删除这条消息？',
  deleteTurnConfirm: '删除这条消息及其回复？',
  clearConversation: '清空对话',
  clearConfirm: '确定清空整个对话吗？',
  confirm: '确定',
  backToBottom: '回到底部',
  messageActions: '消息操作',
  loadingHistory: '正在加载对话',
  replyStarted: '助手正在回复',
  replyFinished: '回复完成',
};

export default zhCN;
