/**
 * What Stop does to the stream a reply is read from. A stream this package made (an adapter's
 * output) and a body fetched from the network are cancelled: the connection closes and the model
 * stops generating. A stream the app built itself is only let go: its producer may not expect
 * `cancel()` (pro-chat never called it, and its demos' producers throw "Controller is already
 * closed" when cancelled), and an app's own request stops through the `signal` it was given.
 */
const made = new WeakSet<object>();

/** Marks a stream this package made, so Stop cancels it (and through it, what it reads). */
export function madeHere<T extends ReadableStream<unknown>>(stream: T): T {
  made.add(stream);
  return stream;
}

/** Whether Stop cancels `stream`, read from `response` when it came as a Response's body. */
export function stopCancels(stream: ReadableStream<unknown>, response?: Response): boolean {
  if (made.has(stream)) return true;
  // A fetched Response has the URL it came from; one the app constructed has none.
  return Boolean(response && typeof response.url === 'string' && response.url !== '');
}
