/** The score arithmetic of SPEC.md § Score, in integers where rounding matters. */

export interface Pandas {
  happy: number;
  sad: number;
}

/** round(100 × part / total) to `decimals`, halves up, from the exact ratio (no float drift). */
function roundRatio(part: number, total: number, scale: number): number {
  return Math.floor((2 * scale * part + total) / (2 * total));
}

/** 100 × yes / (yes + no) with one decimal; `null` without answers. */
export function percent(yes: number, no: number): number | null {
  const total = yes + no;
  return total === 0 ? null : roundRatio(yes, total, 1000) / 10;
}

/** The scoreboard's grid: 10 × 10 places. */
export const GRID = 100;

/**
 * The pandas drawn (SPEC § Score). While the window holds fewer answers than the grid has places,
 * one panda per answer (the rest of the grid stays empty), so a young board never shows one "no"
 * as a hundred. From 100 answers on, happy and sad share the 100 places: halves round up, but one
 * sad customer always shows (never 100 happy while any "no" is counted) and one happy one too
 * (never 0 while any "yes" is).
 */
export function pandas(yes: number, no: number): Pandas {
  const total = yes + no;
  if (total < GRID) return { happy: yes, sad: no };
  let happy = roundRatio(yes, total, GRID);
  if (no > 0 && happy === GRID) happy = GRID - 1;
  if (yes > 0 && happy === 0) happy = 1;
  return { happy, sad: GRID - happy };
}

const Z95 = 1.959963984540054;

/** The 95% Wilson score interval of the satisfied share, in percent with one decimal. */
export function wilson95(yes: number, no: number): [number, number] | null {
  const n = yes + no;
  if (n === 0) return null;
  const p = yes / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const margin = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  const low = Math.max(0, Math.floor((center - margin) * 1000 + 1e-9) / 10);
  const high = Math.min(100, Math.ceil((center + margin) * 1000 - 1e-9) / 10);
  return [low, high];
}
