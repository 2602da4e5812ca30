import type { ChatStreamPart, FinishReason, MessagePart, MessageUsage, ReasoningPart, TextPart, ToolCallPart } from './parts';

/** A reply as far as it has arrived: what the store writes to the message. */
export interface ReplySnapshot {
  /** The text parts, joined by a blank line: the reply's text, as `content` has always been. */
  content: string;
  parts: MessagePart[];
  usage?: MessageUsage;
  finishReason?: FinishReason;
}

/**
 * Folds a reply's stream, plain text and part events alike, into message parts. `snapshot()` gives
 * a new array only when something changed, and keeps the objects of the parts that did not, so a
 * row re-renders only the part that grew.
 */
export interface ReplyBuilder {
  /** Text from a plain text stream: it grows the last text part. */
  appendText(delta: string): void;
  /** One part event. An `error` event is not applied: the reader fails the reply with it. */
  apply(part: ChatStreamPart): void;
  /**
   * The next step of a multi-step turn begins (the model is asked again with its tool results):
   * its text, reasoning and tool calls become new parts after the ones so far, even when the
   * provider reuses ids, and its usage is added to the turn's.
   */
  nextStep(): void;
  /** Changes a tool call of the reply (its state as it runs, its approval); false when there is no such call. */
  updateCall(toolCallId: string, patch: Partial<Omit<ToolCallPart, 'type' | 'toolCallId'>>): boolean;
  /** The tool calls of the step being written (those after the last `step-start`). */
  stepCalls(): ToolCallPart[];
  /** Goes up with every change. */
  readonly version: number;
  snapshot(): ReplySnapshot;
}

type Streamed = TextPart | ReasoningPart;

/** A reply stored earlier, to go on with (a turn continued after the user answered a tool call). */
export interface ReplySeed {
  parts: readonly MessagePart[];
  usage?: MessageUsage;
  finishReason?: FinishReason;
}

export function createReplyBuilder(seed?: ReplySeed): ReplyBuilder {
  // Parts are changed in place here and copied out by `snapshot`; the seed's own objects are the
  // ones already published, so parts that do not change keep them.
  const parts: MessagePart[] = seed ? seed.parts.map((part) => ({ ...part })) : [];
  let published: MessagePart[] = seed ? [...seed.parts] : [];
  const dirty = new Set<number>();
  /** Where each text / reasoning block and tool call is, by its stream id. */
  const blocks = new Map<string, number>();
  const calls = new Map<string, number>();
  let usage: MessageUsage | undefined = seed?.usage;
  /** The usage of the steps before this one. */
  let earlier: MessageUsage | undefined;
  let finishReason: FinishReason | undefined = seed?.finishReason;
  parts.forEach((part, index) => {
    if (part.type === 'tool-call') calls.set(part.toolCallId, index);
  });
  let version = 0;
  /** The plain text stream's part, if it has one. */
  let plainText = -1;

  const changed = (index: number) => {
    dirty.add(index);
    version += 1;
  };
  const add = (part: MessagePart): number => {
    parts.push(part);
    changed(parts.length - 1);
    return parts.length - 1;
  };
  const grow = (type: Streamed['type'], id: string, delta: string) => {
    const key = `${type}:${id}`;
    let index = blocks.get(key);
    if (index === undefined) {
      index = add({ type, text: '' });
      blocks.set(key, index);
    }
    if (!delta) return;
    (parts[index] as Streamed).text += delta;
    changed(index);
  };
  const call = (toolCallId: string, toolName = ''): ToolCallPart => {
    let index = calls.get(toolCallId);
    if (index === undefined) {
      index = add({ type: 'tool-call', toolCallId, toolName, input: undefined, inputText: '', state: 'input-streaming' });
      calls.set(toolCallId, index);
    }
    changed(index);
    const part = parts[index] as ToolCallPart;
    if (toolName) part.toolName = toolName;
    return part;
  };

  return {
    get version() {
      return version;
    },
    appendText(delta) {
      if (!delta) return;
      if (plainText < 0 || plainText !== parts.length - 1) plainText = add({ type: 'text', text: '' });
      (parts[plainText] as TextPart).text += delta;
      changed(plainText);
    },
    apply(event) {
      switch (event.type) {
        case 'text-start':
          grow('text', event.id, '');
          return;
        case 'text-delta':
          grow('text', event.id, event.delta);
          return;
        case 'reasoning-start':
          grow('reasoning', event.id, '');
          return;
        case 'reasoning-delta':
          grow('reasoning', event.id, event.delta);
          return;
        case 'tool-input-start': {
          const part = call(event.toolCallId, event.toolName);
          if (event.providerExecuted) part.providerExecuted = true;
          return;
        }
        case 'tool-input-delta':
          call(event.toolCallId).inputText += event.inputTextDelta;
          return;
        case 'tool-input-available': {
          const part = call(event.toolCallId, event.toolName);
          part.input = event.input ?? {};
          if (!part.inputText) part.inputText = JSON.stringify(part.input);
          part.state = 'input-available';
          if (event.providerExecuted) part.providerExecuted = true;
          return;
        }
        case 'tool-input-error': {
          const part = call(event.toolCallId, event.toolName);
          part.input = event.input;
          part.state = 'output-error';
          part.errorText = event.errorText;
          return;
        }
        case 'tool-output-available': {
          const part = call(event.toolCallId);
          part.output = event.output;
          part.state = 'output-available';
          if (event.providerExecuted) part.providerExecuted = true;
          return;
        }
        case 'tool-output-error': {
          const part = call(event.toolCallId);
          part.errorText = event.errorText;
          part.state = 'output-error';
          return;
        }
        case 'source-url':
          add({ type: 'source-url', sourceId: event.sourceId, url: event.url, ...(event.title ? { title: event.title } : {}) });
          return;
        case 'file':
          add({ type: 'file', url: event.url, mediaType: event.mediaType, ...(event.filename ? { filename: event.filename } : {}) });
          return;
        case 'finish':
          if (event.finishReason) finishReason = event.finishReason;
          {
            const step = event.usage ?? usageIn(event.messageMetadata);
            if (step) usage = earlier ? addUsage(earlier, step) : step;
          }
          version += 1;
          return;
        default:
          if (isData(event)) applyData(event);
      }
    },
    nextStep() {
      blocks.clear();
      calls.clear();
      plainText = -1;
      earlier = usage;
      if (parts.length) add({ type: 'step-start' });
    },
    updateCall(toolCallId, patch) {
      // The latest call with this id: some models number their calls afresh each step (`call_0`).
      let index = parts.length - 1;
      while (index >= 0 && !(parts[index].type === 'tool-call' && (parts[index] as ToolCallPart).toolCallId === toolCallId)) index -= 1;
      if (index < 0) return false;
      Object.assign(parts[index], patch);
      changed(index);
      return true;
    },
    stepCalls() {
      return lastStepCalls(parts);
    },
    snapshot() {
      if (dirty.size === 0 && published.length === parts.length) return build(published);
      const next = parts.map((part, index) => (dirty.has(index) || !published[index] ? { ...part } : published[index]));
      dirty.clear();
      published = next;
      return build(next);
    },
  };

  function applyData(event: { type: `data-${string}`; id?: string; data: unknown; transient?: boolean }) {
    // Transient data is for the moment (a status line); it is not kept in the message.
    if (event.transient) return;
    if (event.id !== undefined) {
      const at = parts.findIndex((part) => part.type === event.type && 'id' in part && part.id === event.id);
      if (at >= 0) {
        // The same id again updates that part (a progress value, say).
        (parts[at] as { data: unknown }).data = event.data;
        changed(at);
        return;
      }
    }
    add({ type: event.type, ...(event.id !== undefined ? { id: event.id } : {}), data: event.data });
  }

  function build(list: MessagePart[]): ReplySnapshot {
    const snapshot: ReplySnapshot = { content: textOf(list), parts: list };
    if (usage) snapshot.usage = usage;
    if (finishReason) snapshot.finishReason = finishReason;
    return snapshot;
  }
}

function isData(event: ChatStreamPart): event is { type: `data-${string}`; id?: string; data: unknown; transient?: boolean } {
  return event.type.startsWith('data-');
}

/** The text of a message's parts: its text parts, a blank line between two of them. */
/** The tool calls of a reply's last step: the parts after its last `step-start`. */
export function lastStepCalls(parts: readonly MessagePart[]): ToolCallPart[] {
  const found: ToolCallPart[] = [];
  for (let index = parts.length - 1; index >= 0 && parts[index].type !== 'step-start'; index -= 1) {
    const part = parts[index];
    if (part.type === 'tool-call') found.unshift(part);
  }
  return found;
}

export function textOf(parts: readonly MessagePart[]): string {
  let text = '';
  let count = 0;
  for (const part of parts) {
    if (part.type !== 'text') continue;
    text += count > 0 && part.text ? `\n\n${part.text}` : part.text;
    if (part.text) count += 1;
  }
  return text;
}

function addUsage(a: MessageUsage, b: MessageUsage): MessageUsage {
  const sum: MessageUsage = {};
  for (const key of ['inputTokens', 'outputTokens', 'totalTokens', 'reasoningTokens'] as const) {
    if (a[key] !== undefined || b[key] !== undefined) sum[key] = (a[key] ?? 0) + (b[key] ?? 0);
  }
  return sum;
}

/** Usage an AI SDK server put in `messageMetadata` (where its `finish` events carry extras). */
function usageIn(metadata: unknown): MessageUsage | undefined {
  if (!metadata || typeof metadata !== 'object') return undefined;
  const usage = (metadata as { usage?: unknown }).usage;
  if (!usage || typeof usage !== 'object') return undefined;
  // The AI SDK's usage objects carry more (token details, raw provider counts): keep the counts a
  // message stores, and only numbers.
  const found: MessageUsage = {};
  for (const key of ['inputTokens', 'outputTokens', 'totalTokens', 'reasoningTokens'] as const) {
    const value = (usage as Record<string, unknown>)[key];
    if (typeof value === 'number' && Number.isFinite(value)) found[key] = value;
  }
  return Object.keys(found).length ? found : undefined;
}
