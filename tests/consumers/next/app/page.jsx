// A server component (no 'use client' here): it renders ProChat directly, with a URL as `request`.
import { ProChat } from 'pro-chat-next';

export default function Page() {
  return (
    <main style={{ height: '100vh' }}>
      <ProChat request="/api/chat" helloMessage="Ask the model anything." smoothOutput={false} />
    </main>
  );
}
