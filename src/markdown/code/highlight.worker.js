// The syntax highlighter in a Web Worker (published as `pro-chat-next/highlight-worker`; see
// configureHighlighter): grammars load and regexes compile and run here, so a long or
// first-of-its-language code block never blocks the page. Plain JavaScript, so the same file
// serves from src/ and from the published dist/.
import { createTokenizer } from './shikiHighlighter';

const ready = createTokenizer();
/** Grammar states by id: they stay here (the page holds their ids) until the page releases them. */
const states = new Map();
const STATES_LIMIT = 2000;
let nextState = 1;

self.onmessage = async (event) => {
  const { id, type } = event.data;
  if (type === 'release') {
    states.delete(event.data.state);
    return;
  }
  try {
    const tokenizer = await ready;
    if (type === 'ready') {
      self.postMessage({ id, result: true });
    } else if (type === 'load') {
      self.postMessage({ id, result: await tokenizer.load(event.data.language) });
    } else {
      const { code, languageId, theme, state, keep } = event.data;
      const result = tokenizer.tokenize(code, languageId, theme, state === undefined ? undefined : states.get(state));
      let stateId;
      if (keep !== false) {
        stateId = nextState++;
        states.set(stateId, result.state);
        // A safety net only: the page releases the states it no longer continues from.
        if (states.size > STATES_LIMIT) states.delete(states.keys().next().value);
      }
      self.postMessage({ id, result: { lines: result.lines, state: stateId } });
    }
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
