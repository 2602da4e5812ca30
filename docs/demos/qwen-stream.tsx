/**
 * title: qwenStream, full text vs incremental
 * description: A DashScope-style server sends either the whole text so far in every event, or only the new part. Switch the mode; the chat shows the same answer either way.
 */
import { Segmented } from 'antd';
import { useState } from 'react';
import { ProChat, qwenStream } from 'pro-chat-next';

import { t } from './_locale';

const ANSWER = '通义千问的全量模式每次都发送完整的文本，增量模式只发送新增的部分。';

/** A fake DashScope endpoint: real `id:` / `event:result` / `data:` SSE, paced. */
function fakeDashScope(incremental: boolean, signal: AbortSignal): Response {
  const pieces = ANSWER.match(/.{1,3}/gu) ?? [];
  let index = 0;
  let sofar = '';
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 120));
      if (signal.aborted) return controller.error(new DOMException('Stopped', 'AbortError'));
      if (index > pieces.length) return controller.close();
      const last = index === pieces.length;
      const piece = last ? '' : pieces[index];
      sofar += piece;
      const text = incremental ? piece : sofar;
      const data = JSON.stringify({ output: { text, finish_reason: last ? 'stop' : 'null' }, usage: { output_tokens: index } });
      controller.enqueue(encoder.encode(`id:${index + 1}\nevent:result\n:HTTP_STATUS/200\ndata:${data}\n\n`));
      index += 1;
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

export default () => {
  const [mode, setMode] = useState<'full' | 'incremental'>('full');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Segmented
        value={mode}
        onChange={(value) => setMode(value as 'full' | 'incremental')}
        options={[
          { label: t('Full text (default)', '全量文本（默认）'), value: 'full' },
          { label: 'incremental_output: true', value: 'incremental' },
        ]}
      />
      <div style={{ height: 320 }}>
        <ProChat
          request={(_messages, { signal }) => {
            const incremental = mode === 'incremental';
            return new Response(qwenStream(fakeDashScope(incremental, signal), { incremental }));
          }}
        />
      </div>
    </div>
  );
};
