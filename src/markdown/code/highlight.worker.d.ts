/** The highlighter's Web Worker script: import it for its effect, from a module you start as a worker. */
export {};
