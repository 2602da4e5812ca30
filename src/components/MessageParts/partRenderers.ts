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

/** Renderers for tool calls by tool name: `{ get_weather: (part) => <WeatherCard {...part} /> }`. */
export type ToolRenderMap = Record<string, PartRender<ToolCallPart> | undefined>;

export interface PartRenderers {
  partRender?: PartRenderMap;
  toolRender?: ToolRenderMap;
}

/** The chat's part renderers, for every message row (provided by ProChat). */
export const PartRenderersContext = createContext<PartRenderers>({});
