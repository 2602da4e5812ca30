/**
 * title: Errors and retry
 * description: The first reply breaks mid-stream, the second gets an HTTP 500 with a JSON body; each keeps the text received so far and shows the server's message with Retry and Delete. The third try works.
 */
import { ProChat } from 'pro-chat-next';

import { demoRequest } from './_model';

let attempt = 0;
const request = demoRequest(
  {
    reply: () => {
      attempt += 1;
      if (attempt % 3 === 1)
        return {
          text: 'This answer starts well, then the connection drops in the middle of a sentence.',
          errorAfter: 40,
          errorMessage: 'Upstream model crashed (mock)',
        };
      if (attempt % 3 === 2) return { text: '', status: 500, statusMessage: 'The model is overloaded, try again (mock HTTP 500)' };
      return 'Third time lucky: this reply **completes**.';
    },
  },
  { live: false },
);

export default () => (
  <div style={{ height: 380 }}>
    <ProChat request={request} helloMessage="Send anything, then press **Retry**." />
  </div>
);
