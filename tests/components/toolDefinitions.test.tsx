import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, toOpenAITools, type ChatRequestOptions, type ChatTools } from '../../src';

const TOOLS: ChatTools = {
  get_weather: {
    description: 'The current weather in a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
  get_time: {},
};

const OPENAI_TOOLS = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'The current weather in a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
  { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: {} } } },
];

const send = async (text = 'Weather in Paris?') =>
  userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);

describe('tools: the definitions reach the model', () => {
  it('request gets them in OpenAI format as payload.tools, ready to forward', async () => {
    const request = vi.fn((_messages: unknown, _options: ChatRequestOptions) => 'ok');
    render(<ProChat tools={TOOLS} request={request} />);
    await send();
    await waitFor(() => expect(request).toHaveBeenCalledOnce());
    expect(request.mock.calls[0][1].tools).toEqual(OPENAI_TOOLS);
    // The payload is what a pro-chat app spreads into its request body.
    expect(JSON.parse(JSON.stringify(request.mock.calls[0][1])).tools).toEqual(OPENAI_TOOLS);
  });

  it('the URL request sends them in its body; without tools the body has no tools key, as before', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response('ok'));
    vi.stubGlobal('fetch', fetchMock);
    try {
      const view = render(<ProChat tools={TOOLS} request="/api/chat" />);
      await send();
      await waitFor(() => expect(fetchMock).toHaveBeenCalledOnce());
      expect(JSON.parse(String(fetchMock.mock.calls[0][1].body)).tools).toEqual(OPENAI_TOOLS);
      view.unmount();

      render(<ProChat request="/api/chat" />);
      await send();
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      expect(JSON.parse(String(fetchMock.mock.calls[1][1].body))).not.toHaveProperty('tools');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('toOpenAITools gives the same format for an app that builds its own request', () => {
    expect(toOpenAITools(TOOLS)).toEqual(OPENAI_TOOLS);
  });
});
