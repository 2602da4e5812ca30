import { messageParts, type StoredChatMessage } from '../core/message';
import type { ToolCallPart } from '../core/parts';

/**
 * One step of an assistant reply as the history converters send it: what the model wrote before
 * the results of its tool calls came back, and the calls that were answered.
 */
export interface ReplyStep {
  text: string[];
  reasoning: string[];
  /** The step's calls that have a result (a value, an error, or the user's denial), in order. */
  calls: ToolCallPart[];
}

/**
 * What a tool gave back, as text for the model: its output (JSON unless a string), its error's
 * text, or that the user denied it (and why, when they said). Undefined for a call with no result
 * yet (`input-streaming`, `input-available`, `awaiting-approval`, `running`).
 */
export function toolResultText(part: ToolCallPart): string | undefined {
  switch (part.state) {
    case 'output-available':
      return typeof part.output === 'string' ? part.output : JSON.stringify(part.output ?? null);
    case 'output-error':
      return part.errorText ?? 'The tool failed.';
    case 'output-denied':
      return part.approval?.reason ? `The user denied this tool call. Reason: ${part.approval.reason}` : 'The user denied this tool call.';
    default:
      return undefined;
  }
}

/**
 * An assistant reply's parts split into the steps the model wrote them in. A step ends at a
 * `step-start` part, and at text or reasoning after a tool call (the model wrote it having seen the
 * result). Calls with no result are left out, and steps left with nothing to send are dropped.
 */
export function replySteps(message: Pick<StoredChatMessage, 'content' | 'parts'>): ReplyStep[] {
  const steps: ReplyStep[] = [];
  let step: ReplyStep = { text: [], reasoning: [], calls: [] };
  /** Whether the step has a tool call, answered or not: text after one starts the next step. */
  let called = false;
  const flush = () => {
    if (step.text.length || step.reasoning.length || step.calls.length) steps.push(step);
    step = { text: [], reasoning: [], calls: [] };
    called = false;
  };
  for (const part of messageParts(message)) {
    if (part.type === 'step-start' || ((part.type === 'text' || part.type === 'reasoning') && called)) flush();
    if (part.type === 'text' && part.text) step.text.push(part.text);
    else if (part.type === 'reasoning' && part.text) step.reasoning.push(part.text);
    else if (part.type === 'tool-call') {
      called = true;
      if (toolResultText(part) !== undefined) step.calls.push(part);
    }
  }
  flush();
  return steps;
}
