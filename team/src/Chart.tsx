/**
 * The trend as plain SVG drawn by Preact (no chart library: ARCHITECTURE.md has the numbers): percent
 * satisfied per period with its 95 % band, answers per period as bars along the bottom, the board's
 * target as a dashed line. The chart is one focusable group: arrow keys (and the pointer) choose a
 * period, whose numbers are read out in a live region below it. Right to left, time runs leftwards.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Filters } from './api';
import type { Point } from './stats';
import { useWords, type Words } from './words';

const H = 240;
const TOP = 12;
const BOTTOM = 26;
const SIDE = 44;
const END = 14;
/** the answers' bars use the lower part of the plot */
const BARS = 0.3;

/** The words for one period, the same for hover, keys and the table's readers. */
export function pointWords(w: Words, pt: Point, interval: Filters['interval']): string {
  const period = w.period(pt.period, interval);
  if (pt.percent === null) return w.t('pointEmpty', { period });
  const [lo, hi] = pt.interval95 ?? [pt.percent, pt.percent];
  return w.p('point', pt.satisfied + pt.unsatisfied, { period, p: w.pct(pt.percent), lo: w.pct(lo), hi: w.pct(hi) });
}

/**
 * The lowest percent shown: a round ten under the line and the target (so 88–97 % is not a flat line
 * at the top). Not under the band: a week of one answer would squash every other week; its band runs
 * off the bottom instead (clipped), which says "we hardly know" well enough.
 */
function floorOf(points: Point[], target: number | null): number {
  let min = target ?? 100;
  for (const p of points) if (p.percent !== null) min = Math.min(min, p.percent);
  return Math.max(0, Math.floor((min - 5) / 10) * 10);
}

/** Runs of consecutive periods that have a value: a gap in the data is a gap in the line and the band. */
function runs(points: Point[], has: (p: Point) => boolean): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  points.forEach((p, i) => {
    if (has(p)) run.push(i);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  });
  if (run.length) out.push(run);
  return out;
}

export function Chart(props: { points: Point[]; interval: Filters['interval']; target: number | null }) {
  const w = useWords();
  const { points, interval, target } = props;
  const rtl = document.documentElement.dir === 'rtl';
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  const [active, setActive] = useState<number | null>(null);

  useEffect(() => {
    const el = box.current!;
    const ro = new ResizeObserver(() => setWidth(Math.max(240, Math.round(el.clientWidth))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => setActive(null), [points]);

  const n = points.length;
  const plotW = width - SIDE - END;
  const step = plotW / Math.max(1, n);
  // x of a period's centre; mirrored right to left
  const x = (i: number) => {
    const ltr = SIDE + step * (i + 0.5);
    return rtl ? width - ltr : ltr;
  };
  const lo = floorOf(points, target);
  const plotH = H - TOP - BOTTOM;
  const y = (pct: number) => TOP + ((100 - pct) / (100 - lo)) * plotH;
  const maxAnswers = Math.max(1, ...points.map((p) => p.satisfied + p.unsatisfied));
  const barH = (p: Point) => ((p.satisfied + p.unsatisfied) / maxAnswers) * plotH * BARS;
  const ticks = [lo, (lo + 100) / 2, 100];
  const labelEvery = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(plotW / 72))));
  // the plot's edges; the percent axis is on the side a line starts from (the right, right to left)
  const left = rtl ? END : SIDE;
  const right = rtl ? width - SIDE : width - END;
  const axisX = rtl ? right + 6 : left - 6;

  const line = runs(points, (p) => p.percent !== null).map((r) =>
    r.map((i, k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)},${y(points[i]!.percent!).toFixed(1)}`).join(''),
  );
  const band = runs(points, (p) => !!p.interval95).map((r) => {
    const up = r.map((i) => `${x(i).toFixed(1)},${y(points[i]!.interval95![1]).toFixed(1)}`);
    const down = r.map((i) => `${x(i).toFixed(1)},${y(points[i]!.interval95![0]).toFixed(1)}`).reverse();
    return `M${up.join('L')}L${down.join('L')}Z`;
  });

  const move = (to: number) => setActive(Math.max(0, Math.min(n - 1, to)));
  const lastWithData = () => {
    for (let i = n - 1; i >= 0; i--) if (points[i]!.percent !== null) return i;
    return n - 1;
  };
  const onKey = (e: KeyboardEvent) => {
    const now = active ?? lastWithData();
    // the arrow that points to a later period: right, or left when time runs leftwards
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === later) move(active === null ? now : now + 1);
    else if (e.key === earlier) move(active === null ? now : now - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(n - 1);
    else return;
    e.preventDefault();
  };
  const onPointer = (e: PointerEvent) => {
    const rect = (e.currentTarget as SVGElement).getBoundingClientRect();
    const px = e.clientX - rect.left;
    const ltr = rtl ? width - px : px;
    move(Math.floor((ltr - SIDE) / step));
  };

  return (
    <div class="chart-wrap">
      <div
        ref={box}
        class="chart"
        tabIndex={0}
        role="group"
        aria-label={w.t('chartLabel')}
        aria-describedby="chart-help"
        onKeyDown={onKey}
        onFocus={() => active === null && n && setActive(lastWithData())}
      >
        <svg
          width={width}
          height={H}
          viewBox={`0 0 ${width} ${H}`}
          aria-hidden="true"
          // positions are computed for both directions above; SVG's own bidi would flip the anchors again
          direction="ltr"
          onPointerMove={onPointer}
          onPointerLeave={() => setActive(null)}
        >
          {ticks.map((tk) => (
            <g key={tk} class="tick">
              <line x1={left} x2={right} y1={y(tk)} y2={y(tk)} />
              <text x={axisX} y={y(tk) + 4} text-anchor={rtl ? 'start' : 'end'}>
                {w.pct(tk)}
              </text>
            </g>
          ))}
          <clipPath id="trend-plot">
            <rect x={0} y={TOP} width={width} height={plotH} />
          </clipPath>
          <g clip-path="url(#trend-plot)">
            {band.map((d) => (
              <path key={d} class="band" d={d} />
            ))}
          </g>
          {points.map((p, i) => (
            <rect
              key={p.period}
              class={i === active ? 'col on' : 'col'}
              x={x(i) - Math.min(step * 0.3, 14)}
              width={Math.min(step * 0.6, 28)}
              y={H - BOTTOM - barH(p)}
              height={barH(p)}
            />
          ))}
          {target !== null && (
            <g class="target">
              <line x1={left} x2={right} y1={y(target)} y2={y(target)} />
              <text x={rtl ? left + 4 : right - 4} y={y(target) - 5} text-anchor="end" direction={rtl ? 'rtl' : 'ltr'}>
                {w.t('target', { t: w.pct(target) })}
              </text>
            </g>
          )}
          {line.map((d) => (
            <path key={d} class="line" d={d} />
          ))}
          {points.map(
            (p, i) =>
              p.percent !== null && (
                <circle key={p.period} class="dot" cx={x(i)} cy={y(p.percent)} r={i === active ? 5 : n > 40 ? 2 : 3} />
              ),
          )}
          {active !== null && <line class="guide" x1={x(active)} x2={x(active)} y1={TOP} y2={H - BOTTOM} />}
          {points.map(
            (p, i) =>
              i % labelEvery === 0 && (
                <text key={p.period} class="xlabel" x={x(i)} y={H - 8} text-anchor="middle">
                  {w.period(p.period, interval)}
                </text>
              ),
          )}
        </svg>
      </div>
      <p id="chart-help" class="small muted">
        {w.t('chartHelp')}
      </p>
      <p class="readout" aria-live="polite">
        {active !== null && points[active] ? pointWords(w, points[active], interval) : ''}
      </p>
    </div>
  );
}
