import type { StoreApi } from 'zustand/vanilla';

/** The options zustand's devtools middleware takes; `name` labels the store in the extension. */
export interface ChatDevtoolsOptions {
  name?: string;
  enabled?: boolean;
  [option: string]: unknown;
}

interface DevtoolsMessage {
  type: string;
  state?: string;
  payload?: { type?: string };
}

interface DevtoolsConnection {
  init: (state: unknown) => void;
  send: (action: { type: string }, state: unknown) => void;
  subscribe?: (listener: (message: DevtoolsMessage) => void) => (() => void) | void;
  unsubscribe?: () => void;
}

interface DevtoolsExtension {
  connect: (options: Record<string, unknown>) => DevtoolsConnection;
}

interface ChatData {
  messages: unknown[];
  loadingId: string | null;
}

/**
 * Shows a chat store in the Redux DevTools browser extension, as zustand's devtools middleware
 * does (without bundling the middleware): every change is logged with the state after it, and
 * jumping to an earlier state in the extension restores it. Returns a disconnect function.
 */
export function connectDevtools<S extends ChatData>(store: StoreApi<S>, options: ChatDevtoolsOptions): () => void {
  const { enabled, ...connectOptions } = options;
  if (enabled === false) return () => undefined;
  const extension =
    typeof window === 'undefined'
      ? undefined
      : (window as unknown as { __REDUX_DEVTOOLS_EXTENSION__?: DevtoolsExtension }).__REDUX_DEVTOOLS_EXTENSION__;
  if (!extension) {
    console.warn('[pro-chat-next] Store devtools are on, but the Redux DevTools extension is not installed.');
    return () => undefined;
  }
  const connection = extension.connect({ name: 'pro-chat-next', ...connectOptions });
  const data = (state: S): ChatData => ({ messages: state.messages, loadingId: state.loadingId });
  connection.init(data(store.getState()));
  let restoring = false;
  const stopSending = store.subscribe((state, previous) => {
    if (restoring) return;
    const changed = [state.messages !== previous.messages && 'messages', state.loadingId !== previous.loadingId && 'loadingId']
      .filter(Boolean)
      .join(', ');
    connection.send({ type: `set ${changed || 'state'}` }, data(state));
  });
  const stopListening = connection.subscribe?.((message) => {
    const jump = message.payload?.type;
    if (message.type !== 'DISPATCH' || (jump !== 'JUMP_TO_STATE' && jump !== 'JUMP_TO_ACTION') || !message.state) return;
    try {
      const saved = JSON.parse(message.state) as ChatData;
      restoring = true;
      store.setState({ messages: saved.messages, loadingId: saved.loadingId } as Partial<S>);
    } catch {
      // A state the extension cannot give back is ignored.
    } finally {
      restoring = false;
    }
  });
  return () => {
    stopSending();
    if (typeof stopListening === 'function') stopListening();
    connection.unsubscribe?.();
  };
}
