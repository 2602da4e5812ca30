// A server component that renders the chat in German: the strings are imported, not fetched
// later, so the server's HTML and the hydrated page say the same thing.
import { ProChat } from 'pro-chat-next';
import deDE from 'pro-chat-next/locale/de-DE';

export default function Page() {
  return (
    <main style={{ height: '100vh' }}>
      <ProChat request="/api/chat" locale={deDE} helloMessage="Frag das Modell." smoothOutput={false} />
    </main>
  );
}
