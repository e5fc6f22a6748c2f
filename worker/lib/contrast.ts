/** WCAG 2.2 contrast, for brand colours put on the scoreboard's and the pages' own backgrounds. */

/** Relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** `#rrggbb` (lower case) from `#RRGGBB` or `RRGGBB` (a query string's `?accent=0b7a3e`), else null. */
export const parseAccent = (raw: string | null | undefined): string | null =>
  raw && /^#?[0-9a-f]{6}$/i.test(raw) ? `#${raw.replace('#', '').toLowerCase()}` : null;
