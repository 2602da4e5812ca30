import type { CodePlugin } from '../plugins';
import { CodeBlock } from './CodeBlock';

/** Fenced code for the renderer: language name, Copy, Shiki colours loaded on first use. */
export const codePlugin: CodePlugin = { Block: CodeBlock };
