/**
 * title: Autocomplete
 * description: "`autocompleteRequest(value)` returns suggestions for what has been typed; the input becomes a combobox. Arrow keys move, Enter or a click picks (it fills the input, it does not send), Escape closes. Requests wait until typing pauses and outdated answers are dropped."
 */
import { ProChat, type AutocompleteRequest } from 'pro-chat-next';

import { demoRequest } from './_model';

const PROMPTS = [
  'Explain server-sent events in two sentences',
  'Explain the difference between SSE and WebSockets',
  'Write a haiku about streaming text',
  'Write a TypeScript function that retries a fetch',
  'Summarise the last answer as three bullet points',
];

const autocompleteRequest: AutocompleteRequest = async (value) => {
  const query = value.trim().toLowerCase();
  return PROMPTS.filter((p) => p.toLowerCase().startsWith(query) && p.toLowerCase() !== query).map((p) => ({ value: p }));
};

export default () => (
  <div style={{ height: 360 }}>
    <ProChat request={demoRequest()} autocompleteRequest={autocompleteRequest} placeholder="Type “Ex” or “Wr” to see suggestions" />
  </div>
);
