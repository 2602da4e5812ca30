'use client';

import { useStore } from 'zustand';

import type { ConversationsApi } from './createConversations';
import type { ConversationsStore } from './types';

const whole = (state: ConversationsStore) => state;

/**
 * Subscribes to a conversation manager (`createConversations`): the whole state, or the slice a
 * selector picks, re-rendering only when that slice changes.
 */
export function useConversations(manager: ConversationsApi): ConversationsStore;
export function useConversations<T>(manager: ConversationsApi, selector: (state: ConversationsStore) => T): T;
export function useConversations<T>(manager: ConversationsApi, selector?: (state: ConversationsStore) => T): T | ConversationsStore {
  return useStore(manager, (selector ?? whole) as (state: ConversationsStore) => T | ConversationsStore);
}
