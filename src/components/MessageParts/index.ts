export { MessageParts, type MessagePartsProps } from './MessageParts';
export { PartRenderersContext, type PartRender, type PartRenderers, type PartRenderMap, type ToolRenderMap } from './partRenderers';
export { readableArguments, ToolCallCard, type ToolCallCardProps } from './ToolCallCard';
