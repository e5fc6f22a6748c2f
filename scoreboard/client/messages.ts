/**
 * The one message between the scoreboard frame and the page that embeds it (the loader). Both
 * sides import it, so the frame can only send what the loader accepts.
 */
export const RESIZE = 'pandameter:resize';

export interface ResizeMessage {
  type: typeof RESIZE;
  /** the frame content's height in CSS pixels */
  height: number;
}

/** Exactly `{type: 'pandameter:resize', height}` with a sane height, nothing more. */
export function isResizeMessage(m: unknown): m is ResizeMessage {
  if (typeof m !== 'object' || m === null || Object.keys(m).length !== 2) return false;
  const { type, height } = m as Record<string, unknown>;
  return type === RESIZE && typeof height === 'number' && Number.isInteger(height) && height > 0 && height <= 20000;
}
