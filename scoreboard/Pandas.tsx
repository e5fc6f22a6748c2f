/**
 * The panda artwork (drawn for Pandameter) and the 10 × 10 grid. Each panda is drawn once as a
 * <symbol> in a 24-unit box and every cell of the grid is a <use> of it: the hundred pandas cost a
 * few bytes each, stay crisp at any size, and the client switches one by changing its href.
 */
import { pandaAt } from './format';

/** Grid pitch in symbol units: 24 for the panda plus a 2-unit gutter. */
const PITCH = 26;
export const GRID_SIZE = 10 * PITCH - 2;

/**
 * Ears, head and nose: what both pandas share. Black parts follow `color`, so CSS sets them; the
 * ears' white rim disappears on a light page and keeps them visible on a dark one.
 */
function Face() {
  return (
    <symbol id="f" viewBox="0 0 24 24">
      <circle cx="5" cy="5.4" r="3.5" stroke="#fff" stroke-width=".8" />
      <circle cx="19" cy="5.4" r="3.5" stroke="#fff" stroke-width=".8" />
      <ellipse cx="12" cy="13.5" rx="10.2" ry="9.1" fill="#fff" stroke="currentColor" stroke-width="1.3" />
      <ellipse cx="12" cy="16" rx="1.7" ry="1.15" />
    </symbol>
  );
}

/** Eye patches with white eyes; `tilt` leans them (outward-up for happy, drooping for sad). */
function Eyes({ tilt, dy }: { tilt: number; dy: number }) {
  const y = 12.3 + dy;
  return (
    <>
      <ellipse cx="7.9" cy={y} rx="2.6" ry="3.4" transform={`rotate(${tilt} 7.9 ${y})`} />
      <ellipse cx="16.1" cy={y} rx="2.6" ry="3.4" transform={`rotate(${-tilt} 16.1 ${y})`} />
      <circle cx="8.4" cy={y - 0.4} r="1.05" fill="#fff" />
      <circle cx="15.6" cy={y - 0.4} r="1.05" fill="#fff" />
    </>
  );
}

/** The happy panda: smile and pink cheeks. The sad one: frown, a tear, faded, crossed out in red. */
export function PandaSymbols() {
  const line = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.3, 'stroke-linecap': 'round' } as const;
  return (
    <defs>
      <Face />
      <symbol id="h" viewBox="0 0 24 24">
        <use href="#f" />
        <Eyes tilt={40} dy={0} />
        <circle cx="5" cy="16.6" r="1.5" fill="#f59fb0" />
        <circle cx="19" cy="16.6" r="1.5" fill="#f59fb0" />
        <path d="M9.3 18q2.7 2.6 5.4 0" {...line} />
      </symbol>
      <symbol id="s" viewBox="0 0 24 24">
        <g opacity=".5">
          <use href="#f" />
          <Eyes tilt={-35} dy={0.6} />
          <path d="M9.4 20.2q2.6-2.4 5.2 0" {...line} />
          <path d="M6.6 15.6q-.9 1.6 0 2.2q.9-.6 0-2.2z" fill="#5aa9e6" />
        </g>
        <path d="M3 3 21 21M21 3 3 21" stroke="#e0332b" stroke-width="2.6" stroke-linecap="round" />
      </symbol>
    </defs>
  );
}

/** The 10 × 10 grid: `happy` happy pandas, then `sad` sad ones, row by row. The sentence under it is its text. */
export function PandaGrid({ pandas }: { pandas: { happy: number; sad: number } }) {
  const cells = [];
  for (let i = 0; i < 100; i++) {
    cells.push(
      <use href={pandaAt(i, pandas)} x={(i % 10) * PITCH} y={Math.floor(i / 10) * PITCH} width="24" height="24" />,
    );
  }
  return (
    <svg class="g" viewBox={`0 0 ${GRID_SIZE} ${GRID_SIZE}`} aria-hidden="true">
      <PandaSymbols />
      <g id="c">{cells}</g>
    </svg>
  );
}
