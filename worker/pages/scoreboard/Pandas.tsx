/**
 * The panda artwork (drawn for Pandameter) and the 10 × 10 grid. Each drawing is one small SVG
 * image in a 24-unit box, given to the page's stylesheet as a data: URL; every place of the grid is
 * an empty <i> showing one of them as its background. The browser rasterises each drawing once and
 * paints it a hundred times, where a hundred inline SVG <use>s would each clone, style and paint a
 * subtree (on the embedding page's main thread, the frame being same-origin there): the same
 * picture for a fraction of the work. The client switches a place by changing its class.
 */
import { GRID } from '../../lib/score-math';
import { placeAt } from '../../../scoreboard/format';

/** Black parts; the pandas are the same in both themes (the ears' white rim shows them on a dark page). */
const INK = '#111';

/** Ears, head and nose: what both pandas share. */
const FACE =
  `<circle cx="5" cy="5.4" r="3.5" stroke="#fff" stroke-width=".8"/>` +
  `<circle cx="19" cy="5.4" r="3.5" stroke="#fff" stroke-width=".8"/>` +
  `<ellipse cx="12" cy="13.5" rx="10.2" ry="9.1" fill="#fff" stroke="${INK}" stroke-width="1.3"/>` +
  `<ellipse cx="12" cy="16" rx="1.7" ry="1.15"/>`;

/** Eye patches with white eyes; `tilt` leans them (outward-up for happy, drooping for sad). */
function eyes(tilt: number, dy: number): string {
  const y = Math.round((12.3 + dy) * 10) / 10;
  return (
    `<ellipse cx="7.9" cy="${y}" rx="2.6" ry="3.4" transform="rotate(${tilt} 7.9 ${y})"/>` +
    `<ellipse cx="16.1" cy="${y}" rx="2.6" ry="3.4" transform="rotate(${-tilt} 16.1 ${y})"/>` +
    `<circle cx="8.4" cy="${y - 0.4}" r="1.05" fill="#fff"/>` +
    `<circle cx="15.6" cy="${y - 0.4}" r="1.05" fill="#fff"/>`
  );
}

const LINE = `fill="none" stroke="${INK}" stroke-width="1.3" stroke-linecap="round"`;

/** The happy panda: smile and pink cheeks. */
const HAPPY =
  FACE +
  eyes(40, 0) +
  `<circle cx="5" cy="16.6" r="1.5" fill="#f59fb0"/><circle cx="19" cy="16.6" r="1.5" fill="#f59fb0"/>` +
  `<path d="M9.3 18q2.7 2.6 5.4 0" ${LINE}/>`;

/** The sad one: frown and a tear, faded, crossed out in red. */
const SAD =
  `<g opacity=".5">${FACE}${eyes(-35, 0.6)}<path d="M9.4 20.2q2.6-2.4 5.2 0" ${LINE}/>` +
  `<path d="M6.6 15.6q-.9 1.6 0 2.2q.9-.6 0-2.2z" fill="#5aa9e6"/></g>` +
  `<path d="M3 3 21 21M21 3 3 21" stroke="#e0332b" stroke-width="2.6" stroke-linecap="round"/>`;

/**
 * An empty place: only the outline of a head with its ears, dashed, in a grey with at least 3:1
 * contrast on both themes' backgrounds (#fff and #17191e), so it reads as a place to be filled and
 * never as an answer: no face, no fill, no red.
 */
export const EMPTY_STROKE = '#7c8490';
const EMPTY =
  `<path d="M3.45 8.54A3.5 3.5 0 1 1 8.47 4.96A10.2 9.1 0 0 1 15.53 4.96A3.5 3.5 0 1 1 20.55 8.54A10.2 9.1 0 1 1 3.45 8.54z" ` +
  `fill="none" stroke="${EMPTY_STROKE}" stroke-width=".9" stroke-dasharray="2.2 1.6"/>` +
  `<g fill="${EMPTY_STROKE}" opacity=".3"><ellipse cx="7.9" cy="12.3" rx="2.2" ry="2.9" transform="rotate(40 7.9 12.3)"/>` +
  `<ellipse cx="16.1" cy="12.3" rx="2.2" ry="2.9" transform="rotate(-40 16.1 12.3)"/></g>`;

/** An SVG drawing as a CSS url(): a data: URL (the page's CSP allows `img-src data:`). */
const image = (body: string) =>
  `url("data:image/svg+xml,${`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='${INK}'>${body}</svg>`
    .replace(/"/g, "'")
    .replace(/#/g, '%23')}")`;

/**
 * The grid's styles: ten places a row, each square, its panda a little smaller than the place (a
 * 24-unit drawing in a 26-unit place). The box is fixed by the page's width alone, so nothing moves
 * when the client script runs.
 */
export const GRID_CSS = [
  '.g{grid-area:g;display:flex;flex-wrap:wrap;margin:8px 0}',
  '.g i{width:10%;aspect-ratio:1;background:center/92.3% no-repeat}',
  `.g .h{background-image:${image(HAPPY)}}`,
  `.g .s{background-image:${image(SAD)}}`,
  `.g .e{background-image:${image(EMPTY)}}`,
].join('');

/** The 10 × 10 grid: `happy` happy pandas, then `sad` sad ones, then empty places, row by row. The sentence under it is its text. */
export function PandaGrid({ pandas }: { pandas: { happy: number; sad: number } }) {
  const places = [];
  for (let i = 0; i < GRID; i++) places.push(<i class={placeAt(i, pandas)} />);
  return (
    <div class="g" aria-hidden="true">
      {places}
    </div>
  );
}
