import { render, screen } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { describe, expect, it } from 'vitest';

import { ProChat } from '../../src';

const root = () => screen.getByRole('log').closest('[dir]');

describe('direction', () => {
  it("follows antd's ConfigProvider; the prop wins; left to right by default", () => {
    const view = render(
      <ConfigProvider direction="rtl">
        <ProChat request={async () => new Response('ok')} />
      </ConfigProvider>,
    );
    expect(root()).toHaveAttribute('dir', 'rtl');
    view.rerender(
      <ConfigProvider direction="rtl">
        <ProChat request={async () => new Response('ok')} direction="ltr" />
      </ConfigProvider>,
    );
    expect(root()).toHaveAttribute('dir', 'ltr');
    view.rerender(<ProChat request={async () => new Response('ok')} />);
    expect(root()).toHaveAttribute('dir', 'ltr');
  });
});
