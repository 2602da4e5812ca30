export { MessageParts, type MessagePartsProps } from './MessageParts';
export {
  PartRenderersContext,
  type PartRender,
  type PartRenderers,
  type PartRenderMap,
  type ToolCallHelpers,
  type ToolRender,
  type ToolRenderMap,
} from './partRenderers';
export { readableArguments, ToolCallCard, type ToolCallCardProps } from './ToolCallCard';
