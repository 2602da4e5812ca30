// The app's highlighter worker, as the docs describe: the package's worker module.
import 'pro-chat-next/highlight-worker';
