'use client';

import { useEffect, useId, useRef, useState } from 'react';

/** One suggestion under the input: `value` replaces the text when picked; `label` is shown. */
export interface AutocompleteOption {
  value: string;
  label?: string;
}

/**
 * Suggests completions for the text typed so far (pro-chat's `autocompleteRequest`). The signal
 * is aborted when the text changes before the answer arrives; answers for outdated text are
 * dropped either way.
 */
export type AutocompleteRequest = (
  value: string,
  options: { signal: AbortSignal },
) => AutocompleteOption[] | Promise<AutocompleteOption[] | undefined | null> | undefined | null;

export interface AutocompleteState {
  listId: string;
  optionId: (index: number) => string;
  options: AutocompleteOption[];
  /** Index of the highlighted option, or -1. */
  active: number;
  open: boolean;
  setActive: (index: number) => void;
  /** Hides the list until the text changes. */
  close: () => void;
  /** The option's value, and no suggestions for that text (it was just chosen). */
  pick: (index: number) => string | undefined;
}

/**
 * Fetches suggestions for `value` after `delay` ms of no typing, keeps only the newest answer,
 * and tracks which option is highlighted. Does nothing without `request`.
 */
export function useAutocomplete(value: string, request: AutocompleteRequest | undefined, delay: number): AutocompleteState {
  const id = useId();
  const [options, setOptions] = useState<AutocompleteOption[]>([]);
  const [active, setActive] = useState(-1);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const requestRef = useRef(request);
  requestRef.current = request;
  // The text the user just picked: do not suggest again for it.
  const skipFor = useRef<string | null>(null);
  // The request is read through its ref; only whether there is one restarts the effect.
  const hasRequest = request !== undefined;

  useEffect(() => {
    // The highlighted option belonged to the previous text.
    setActive(-1);
    const ask = requestRef.current;
    if (skipFor.current !== null && skipFor.current !== value) skipFor.current = null;
    if (!ask || !value.trim() || skipFor.current === value) {
      setOptions([]);
      setActive(-1);
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      Promise.resolve()
        .then(() => ask(value, { signal: controller.signal }))
        .then(
          (found) => {
            if (controller.signal.aborted) return;
            setOptions(Array.isArray(found) ? found.filter((o) => o && typeof o.value === 'string') : []);
            setActive(-1);
          },
          () => {
            // A failed or aborted suggestion request just shows no suggestions.
            if (!controller.signal.aborted) setOptions([]);
          },
        );
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value, delay, hasRequest]);

  const open = options.length > 0 && dismissedFor !== value;
  return {
    listId: `${id}-suggestions`,
    optionId: (index) => `${id}-suggestion-${index}`,
    options,
    active: open ? active : -1,
    open,
    setActive,
    close: () => {
      setDismissedFor(value);
      setActive(-1);
    },
    pick: (index) => {
      const option = options[index];
      if (!option) return undefined;
      skipFor.current = option.value;
      setOptions([]);
      setActive(-1);
      return option.value;
    },
  };
}
