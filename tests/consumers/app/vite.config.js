// The highlighter worker loads grammars on demand, so Vite must build workers as ES modules.
export default { worker: { format: 'es' } };
