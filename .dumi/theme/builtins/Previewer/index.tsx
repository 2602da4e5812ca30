/**
 * Every demo on the site, inside an antd ConfigProvider that follows the site (dark algorithm when
 * the site's colour switch is dark, antd's Chinese locale on the /zh-CN pages: ProChat takes its
 * strings from antd's locale when no `locale` prop is given), and mounted only once it comes near
 * the viewport, so a page with twenty live chats opens as fast as a page with one.
 */
import { ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useLocale, usePrefersColor } from 'dumi';
import DefaultPreviewer from 'dumi/theme-default/builtins/Previewer';
import { useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';

/** How far below the viewport a demo starts mounting: about a screen ahead of the reader. */
const AHEAD = '800px 0px';

function MountWhenNear({ children }: { children: ReactNode }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined' || window.location.hash !== '');
  useEffect(() => {
    if (near || !placeholder.current) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(placeholder.current);
    return () => observer.disconnect();
  }, [near]);
  if (near) return <>{children}</>;
  return <div ref={placeholder} data-demo-placeholder="" style={{ minHeight: 320 }} />;
}

export default function Previewer(props: ComponentProps<typeof DefaultPreviewer>) {
  const [color] = usePrefersColor();
  const { id } = useLocale();
  return (
    <ConfigProvider
      locale={id === 'zh-CN' ? zhCN : enUS}
      theme={{ algorithm: color === 'dark' ? theme.darkAlgorithm : theme.defaultAlgorithm }}
    >
      <DefaultPreviewer {...props}>
        <MountWhenNear>{props.children}</MountWhenNear>
      </DefaultPreviewer>
    </ConfigProvider>
  );
}
