'use client';

import { createContext } from 'react';

import type { ProChatLocaleStrings } from './types';

/** The strings of the chat a part is rendered in, for parts deep inside markdown (code blocks). */
export const ChatLocaleContext = createContext<ProChatLocaleStrings | null>(null);
