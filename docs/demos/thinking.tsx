/**
 * title: Reasoning models
 * description: "Reasoning models stream their thinking before the answer. `openAIStream(res, { reasoning: true })` wraps DeepSeek/vLLM/Qwen `reasoning_content` (and OpenRouter `reasoning`) in `<think>` tags, and servers such as QwQ or Qwen3 put the tags in the text themselves; either way the thinking shows as a panel that is open while the model thinks and folds once the answer starts. It stays in the message, but is not sent back to the model unless `sendThinking` is set."
 */
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

// 20 tokens a second: the thinking panel stays open for a few seconds before it folds.
const request = demoRequest({
  tokensPerSecond: 20,
  reply: () => ({
    reasoning: t(
      'The user asks why the sky is blue. The key idea is **Rayleigh scattering**: air molecules scatter short wavelengths much more than long ones (about 1/λ⁴). Blue light is scattered across the whole sky, so it reaches the eye from every direction. Violet scatters even more, but the Sun emits less of it and our eyes are less sensitive to it. I will answer briefly and mention sunsets.',
      '用户问天空为什么是蓝色的。关键在于**瑞利散射**：空气分子对短波长光的散射远强于长波长光（约与 1/λ⁴ 成正比）。蓝光被散射到整个天空，所以从各个方向都能进入眼睛。紫光散射得更厉害，但太阳发出的紫光较少，人眼对它也不太敏感。我会简短回答，并顺带解释一下日落。',
    ),
    text: t(
      'The sky looks blue because air molecules scatter **short (blue) wavelengths** of sunlight far more than long (red) ones — *Rayleigh scattering*.\n\nAt sunset the light crosses much more air, most of the blue is scattered away before it reaches you, and the reds and oranges remain.',
      '天空看起来是蓝色的，是因为空气分子对阳光中**波长较短的蓝光**的散射远强于波长较长的红光——这就是*瑞利散射*。\n\n日落时，阳光要穿过厚得多的大气，大部分蓝光在到达你之前就被散射掉了，剩下的便是红色和橙色。',
    ),
  }),
});

export default () => (
  <div style={{ height: 420 }}>
    <ProChat
      request={request}
      helloMessage={t('Ask anything: the mock model thinks first, then answers.', '随便问点什么：模拟模型会先思考，再回答。')}
    />
  </div>
);
