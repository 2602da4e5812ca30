/**
 * title: Cost of streaming, relative to the floor
 * description: Main-thread busy time in fixed-work mode divided by the floor's (text nodes, no markdown) at each answer length, on a log scale, from docs/data/streaming-results.json. A `≥` marks a lower bound, a run that hit the time limit or was skipped.
 */
import { theme } from 'antd';
import { useLocale } from 'dumi';
import type { CSSProperties } from 'react';

import results from '../data/streaming-results.json';

interface Row {
  variant: string;
  label?: string;
  tokens: number;
  mode: string;
  history?: number;
  dnf?: string;
  busyMs?: number | null;
  busyVsFloor?: number | null;
}

interface Results {
  date?: string;
  quick?: boolean;
  rounds?: number;
  rows?: Row[];
}

const data = results as Results;
const rows: Row[] = Array.isArray(data.rows) ? data.rows : [];

/** The libraries drawn, in order; the floor is the 1× baseline, not a bar. */
const LIBS = ['ours', 'antd-x', 'prochat-v1'] as const;
/**
 * The variants the chart is about. Other rows (the history, `smoothOutput` off and code-block
 * pairs) are diagnostics of pro-chat-next, in the tables on the page, and set no answer length here.
 */
const CHARTED = new Set<string>(['floor', ...LIBS]);

const TEXT = {
  en: {
    names: { ours: 'pro-chat-next', 'antd-x': 'Ant Design X Bubble.List', 'prochat-v1': '@ant-design/pro-chat 1.x' },
    caption: (date: string, rounds: string) =>
      `Main-thread busy time while streaming as fast as possible (fixed work), as a multiple of the floor. Log scale; shorter is better. Run of ${date}${rounds}.`,
    quick: (n: number) => `, quick (${n} round${n === 1 ? '' : 's'})`,
    tokens: (n: number) => `${n / 1000}k tokens`,
    floor: (ms: string) => `floor ${ms} ms busy = 1×`,
    times: '× the floor',
    missing: 'not measured',
    bound: { skipped: 'skipped, scaled from a smaller N', 'timed out': 'hit the time limit' } as Record<string, string>,
    boundOther: 'lower bound',
    note: '≥ is a lower bound: the run stopped at its time limit, or was skipped and its busy time scaled linearly from a smaller N (these libraries grow faster than linearly).',
  },
  zh: {
    names: { ours: 'pro-chat-next', 'antd-x': 'Ant Design X Bubble.List', 'prochat-v1': '@ant-design/pro-chat 1.x' },
    caption: (date: string, rounds: string) =>
      `以最快速度流式输出（固定工作量）时的主线程繁忙时间，以基线的倍数表示。对数坐标，越短越好。测试日期 ${date}${rounds}。`,
    quick: (n: number) => `，快速模式（${n} 轮）`,
    tokens: (n: number) => `${n / 1000}k token`,
    floor: (ms: string) => `基线繁忙 ${ms} ms = 1×`,
    times: '倍于基线',
    missing: '未测量',
    bound: { skipped: '已跳过，由较小 N 线性推算', 'timed out': '达到时间上限' } as Record<string, string>,
    boundOther: '下限',
    note: '≥ 表示下限：该次运行在时间上限处被停止，或被跳过、繁忙时间由较小 N 线性推算（这些库的增长快于线性）。',
  },
};

const find = (variant: string, tokens: number) =>
  rows.find((r) => r.variant === variant && r.tokens === tokens && r.mode === 'fixed' && !r.history);

function ratioOf(row: Row | undefined, floor: Row | undefined): number | undefined {
  if (!row) return undefined;
  if (typeof row.busyVsFloor === 'number' && row.busyVsFloor > 0) return row.busyVsFloor;
  if (typeof row.busyMs === 'number' && typeof floor?.busyMs === 'number' && floor.busyMs > 0) return row.busyMs / floor.busyMs;
  return undefined;
}

const formatRatio = (r: number) => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2));

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

export default () => {
  const { token } = theme.useToken();
  const locale = useLocale();
  const t = locale.id.startsWith('zh') ? TEXT.zh : TEXT.en;
  const colors: Record<(typeof LIBS)[number], string> = {
    ours: token.colorPrimary,
    'antd-x': token.purple6,
    'prochat-v1': token.orange6,
  };

  const charted = rows.filter((r) => r.mode === 'fixed' && !r.history && CHARTED.has(r.variant));
  const tokenCounts = [...new Set(charted.map((r) => r.tokens))].sort((a, b) => a - b);
  const groups = tokenCounts.map((n) => {
    const floor = find('floor', n);
    return {
      n,
      floor,
      bars: LIBS.map((id) => {
        const row = find(id, n);
        return { id, row, ratio: ratioOf(row, floor), bound: row?.dnf ? row.dnf : '' };
      }),
    };
  });

  // Log scale from 1× to the next power of ten above the largest ratio.
  const largest = Math.max(10, ...groups.flatMap((g) => g.bars.map((b) => b.ratio ?? 1)));
  const decades = Math.ceil(Math.log10(largest));
  const position = (r: number) => (Math.max(0, Math.log10(Math.max(r, 1))) / decades) * 100;
  const ticks = Array.from({ length: decades + 1 }, (_, i) => 10 ** i);

  const date = data.date ? data.date.slice(0, 10) : '?';
  const rounds = data.quick ? t.quick(data.rounds ?? 1) : '';
  const captionId = 'perf-chart-caption';

  const track: CSSProperties = { position: 'relative', height: 18, minWidth: 120 };
  const grid = (
    <>
      {ticks.map((v) => (
        <span
          key={v}
          aria-hidden
          style={{
            position: 'absolute',
            top: -2,
            bottom: -2,
            left: `${position(v)}%`,
            borderLeft: `1px dashed ${token.colorBorderSecondary}`,
          }}
        />
      ))}
    </>
  );

  return (
    <figure aria-labelledby={captionId} style={{ margin: 0, color: token.colorText, fontSize: token.fontSizeSM }}>
      <figcaption id={captionId} style={{ marginBottom: token.marginSM, fontSize: token.fontSize }}>
        {t.caption(date, rounds)}
      </figcaption>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'max-content minmax(120px, 1fr) max-content',
          columnGap: token.marginSM,
          rowGap: token.marginXXS,
          alignItems: 'center',
        }}
      >
        {groups.length === 0 && <div style={{ gridColumn: '1 / -1', color: token.colorTextSecondary }}>{t.missing}</div>}
        {groups.map((g) => (
          <div key={g.n} style={{ display: 'contents' }}>
            <div style={{ gridColumn: '1 / -1', marginTop: token.marginXS, fontWeight: token.fontWeightStrong }}>
              {t.tokens(g.n)}
              {typeof g.floor?.busyMs === 'number' && (
                <span style={{ fontWeight: 'normal', color: token.colorTextSecondary }}>
                  {' '}
                  · {t.floor(Math.round(g.floor.busyMs).toLocaleString('en-US'))}
                </span>
              )}
            </div>
            {g.bars.map(({ id, ratio, bound }) => (
              <div key={id} style={{ display: 'contents' }}>
                <div style={{ color: token.colorTextSecondary }}>{t.names[id]}</div>
                <div style={track} aria-hidden>
                  {grid}
                  {ratio !== undefined && (
                    <span
                      style={{
                        position: 'absolute',
                        left: 0,
                        top: 2,
                        bottom: 2,
                        width: `max(3px, ${position(ratio)}%)`,
                        borderRadius: token.borderRadiusXS,
                        background: bound ? `repeating-linear-gradient(135deg, ${colors[id]} 0 6px, transparent 6px 9px)` : colors[id],
                        border: bound ? `1px solid ${colors[id]}` : undefined,
                      }}
                    />
                  )}
                </div>
                <div style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {ratio === undefined ? (
                    <span style={{ color: token.colorTextTertiary }}>{t.missing}</span>
                  ) : (
                    <>
                      <strong>
                        {bound ? '≥ ' : ''}
                        {formatRatio(ratio)}×
                      </strong>
                      <span style={visuallyHidden}> {t.times}</span>
                      {bound && <span style={{ color: token.colorTextSecondary }}> ({t.bound[bound] ?? t.boundOther})</span>}
                    </>
                  )}
                </div>
              </div>
            ))}
          </div>
        ))}
        <div />
        <div aria-hidden style={{ position: 'relative', height: 18, marginTop: token.marginXXS, color: token.colorTextTertiary }}>
          {ticks.map((v, i) => (
            <span
              key={v}
              style={{
                position: 'absolute',
                left: `${position(v)}%`,
                transform: i === 0 ? undefined : i === ticks.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
              }}
            >
              {v.toLocaleString('en-US')}×
            </span>
          ))}
        </div>
        <div />
      </div>
      <p style={{ margin: `${token.marginSM}px 0 0`, color: token.colorTextSecondary }}>{t.note}</p>
    </figure>
  );
};
