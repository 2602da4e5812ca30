'use client';

import { createContext, type ReactNode } from 'react';

import type { StoredChatMessage } from '../../core/message';
import type { DataPart, MessagePart, ToolCallPart } from '../../core/parts';

/** Renders one part of a message in place of the default (return `undefined` to keep the default). */
export type PartRender<P extends MessagePart = MessagePart> = (part: P, message: StoredChatMessage) => ReactNode;

/** Renderers by part type (`'tool-call'`, `'source-url'`, `'data-weather'`, …). */
export type PartRenderMap = { [Type in MessagePart['type']]?: PartRender<Extract<MessagePart, { type: Type }>> } & {
  [type: `data-${string}`]: PartRender<DataPart> | undefined;
};

/**
 * What a tool renderer can do with its call (generative UI): answer it from what the user did in
 * it (a form, a choice), or decide a call that waits for approval. The reply goes on once every
 * call of its step is answered. Each returns false when the call is no longer open.
 */
export interface ToolCallHelpers {
  addToolResult: (output: unknown) => boolean;
  addToolError: (errorText: string) => boolean;
  approve: () => boolean;
  deny: (reason?: string) => boolean;
}

/** Renders a tool call in place of the default card; `tool` answers it. */
export type ToolRender = (part: ToolCallPart, message: StoredChatMessage, tool: ToolCallHelpers) => ReactNode;

/** Renderers for tool calls by tool name: `{ get_weather: (part) => <WeatherCard {...part} /> }`. */
export type ToolRenderMap = Record<string, ToolRender | undefined>;

export interface PartRenderers {
  partRender?: PartRenderMap;
  toolRender?: ToolRenderMap;
  /**
   * A finished reply with at least this many steps folds its working steps (reasoning, tool
   * calls, text in between) under one summary, the answer below; `false` never folds.
   * @default 3
   */
  collapseSteps?: number | false;
}

/** The chat's part renderers, for every message row (provided by ProChat). */
export const PartRenderersContext = createContext<PartRenderers>({});
