/** Every string ProChat shows or announces. */
export interface ProChatLocaleStrings {
  placeholder: string;
  send: string;
  stop: string;
  retry: string;
  thinking: string;
  stopped: string;
  /** Shown above the input when Enter is pressed while a reply is still streaming. */
  replyInProgress: string;
  errorTitle: string;
  messageList: string;
  inputLabel: string;
  assistant: string;
  user: string;
  copy: string;
  copied: string;
  regenerate: string;
  edit: string;
  save: string;
  cancel: string;
  delete: string;
  deleteConfirm: string;
  deleteTurnConfirm: string;
  clearConversation: string;
  clearConfirm: string;
  confirm: string;
  backToBottom: string;
  messageActions: string;
  more: string;
  loadingHistory: string;
  interrupted: string;
  replyStarted: string;
  replyFinished: string;
  /** Name of the autocomplete suggestion list. */
  suggestions: string;
  /** TokenTag labels. */
  tokenRemained: string;
  tokenUsed: string;
  tokenOverload: string;
  /** Thinking panel: while the model thinks. */
  thinkingNow: string;
  /** Thinking panel once the answer starts; `{seconds}` is replaced. */
  thoughtFor: string;
  /** Thinking panel when the duration is unknown, and the name of its region. */
  thoughtProcess: string;
  /** Code block copy button. */
  copyCode: string;
  /** An image the `images` policy held back, as a button that loads it; `{host}` is replaced. */
  loadImage: string;
  /** A tool call's state: its arguments still arriving. */
  toolInputStreaming: string;
  /** A tool call's state: called, no result yet. */
  toolInputAvailable: string;
  /** A tool call's state: it has its result. */
  toolOutputAvailable: string;
  /** A tool call's state: it failed. */
  toolOutputError: string;
  /** Tool call card: the heading of the arguments. */
  toolArguments: string;
  /** Tool call card: the heading of the result. */
  toolResult: string;
  /** The list of sources a reply cites (its accessible name). */
  sources: string;
  /** Tool call card: its accessible name, before the tool's name. */
  tool: string;
  /** A tool call's state: it waits for the user to approve it. */
  toolAwaitingApproval: string;
  /** A tool call's state: it runs in the browser. */
  toolRunning: string;
  /** A tool call's state: the user denied it. */
  toolOutputDenied: string;
  /** Tool call card: the button that lets the call run. */
  toolApprove: string;
  /** Tool call card: the button that refuses it. */
  toolDeny: string;
  /** The folded steps of a multi-step reply; `{count}` is replaced. */
  stepsSummary: string;
  /** Feedback buttons on a reply. */
  feedbackUp: string;
  feedbackDown: string;
  /** Attachments in the input: the attach button, the list of files, and each file's buttons. */
  attach: string;
  attachments: string;
  removeAttachment: string;
  cancelUpload: string;
  retryUpload: string;
  uploadFailed: string;
  /** Why a file was refused: `{name}`, and `{accept}`, `{size}` / `{max}` or `{max}`. */
  attachmentType: string;
  attachmentTooLarge: string;
  attachmentTooMany: string;
  /** Shown over the chat while files are dragged onto it. */
  dropFiles: string;
  /** An image thumbnail's label: opens it full size. */
  openImage: string;
  /** Shown when Enter is pressed while a file is still preparing, uploading, or failed. */
  attachmentsPending: string;
  /** The conversation list: its name, the new chat button, and the name of a chat not titled yet. */
  conversations: string;
  newChat: string;
  /** A conversation's menu, and its items. */
  conversationActions: string;
  renameConversation: string;
  deleteConversation: string;
  /** Asked inline before a conversation is deleted; `{title}` is replaced. */
  deleteConversationConfirm: string;
  /** Beside a conversation whose reply is still streaming. */
  conversationStreaming: string;
  /** Date groups of the conversation list (older ones are grouped by month). */
  today: string;
  yesterday: string;
  previous7Days: string;
  previous30Days: string;
  /** The list when it has no conversation, and when it could not be loaded. */
  noConversations: string;
  conversationsFailed: string;
  /** The queue of messages sent while a reply streams (`whileGenerating: 'queue'`), and its remove button. */
  queuedMessages: string;
  removeQueued: string;
  /** The row at the top of the list while earlier messages load (`loadMoreHistory`), and when they failed. */
  loadingOlder: string;
  olderFailed: string;
  /**
   * The version picker on an edited question or a regenerated reply: its group, its buttons, and
   * what a screen reader hears for the position shown as "2 / 3" (`{index}` and `{count}` are replaced).
   */
  versions: string;
  previousVersion: string;
  nextVersion: string;
  versionPosition: string;
  /** The names of the prompt cards of an empty chat (`prompts`) and of the follow-ups under a reply (`suggestions`). */
  prompts: string;
  followUps: string;
  /** The model picker's name (`models`). */
  model: string;
  /** The microphone button (`voiceInput`), its status while listening, and why it stopped. */
  voiceInput: string;
  stopVoiceInput: string;
  listening: string;
  voiceDenied: string;
  voiceFailed: string;
  /** The read-aloud action on replies (`readAloud`). */
  readAloud: string;
  stopReading: string;
  /** A ```mermaid diagram's toggle between the drawing and its source, and why it shows no drawing. */
  showSource: string;
  showDiagram: string;
  diagramFailed: string;
}
