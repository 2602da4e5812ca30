/**
 * title: Reasoning models
 * description: "Reasoning models stream their thinking before the answer. `openAIStream(res, { reasoning: true })` wraps DeepSeek/vLLM/Qwen `reasoning_content` (and OpenRouter `reasoning`) in `<think>` tags, and servers such as QwQ or Qwen3 put the tags in the text themselves; either way the thinking shows as a panel that is open while the model thinks and folds once the answer starts. It stays in the message, but is not sent back to the model unless `sendThinking` is set."
 */
import { ProChat } from 'pro-chat-next';

import { demoRequest } from './_model';

// 20 tokens a second: the thinking panel stays open for a few seconds before it folds.
const request = demoRequest({
  tokensPerSecond: 20,
  reply: {
    reasoning:
      'The user asks why the sky is blue. The key idea is **Rayleigh scattering**: air molecules scatter short wavelengths much more than long ones (about 1/λ⁴). Blue light is scattered across the whole sky, so it reaches the eye from every direction. Violet scatters even more, but the Sun emits less of it and our eyes are less sensitive to it. I will answer briefly and mention sunsets.',
    text: 'The sky looks blue because air molecules scatter **short (blue) wavelengths** of sunlight far more than long (red) ones — *Rayleigh scattering*.\n\nAt sunset the light crosses much more air, most of the blue is scattered away before it reaches you, and the reds and oranges remain.',
  },
});

export default () => (
  <div style={{ height: 420 }}>
    <ProChat request={request} helloMessage="Ask anything: the mock model thinks first, then answers." />
  </div>
);
