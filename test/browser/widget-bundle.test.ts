/**
 * The built artifact, not the sources: dist/public/widget.js as `npm run build` leaves it and as
 * the worker serves it, everything included: Preact, the answer form's components, eleven languages,
 * the outbox, the stylesheet. What each part costs: ARCHITECTURE.md § The widget (bench/widget-bytes.mjs).
 *
 * The budget: issue 9 asked for 8,192 bytes; measured, Preact 11 alone is 4.3 KB, and the widget's
 * own behaviour (outbox, honest failures, the ask at load, brand colour, reasons, host-page defences,
 * language choice, console help) needs the rest. Since issue 18 the bundle carries English only and
 * another language's words come once from GET /widget/words/<lang>.json: the build is ~9.2 KB. The
 * limit stays 9 KiB, so a regression fails here; ARCHITECTURE.md § The widget has the trade-offs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_WORDS, LANGUAGES } from '../../i18n';
import { gzip9 } from '../../scripts/gzip.mjs';
import { base } from './helpers';

const BUDGET = 9216;
const file = path.resolve(import.meta.dirname, '../../dist/public/widget.js');

describe('the built widget.js', () => {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');

  it(`is at most ${BUDGET} bytes gzip -9, every English phrase included`, () => {
    expect(gzip9(bytes)).toBeLessThanOrEqual(BUDGET);
    for (const phrase of Object.values(ANSWER_WORDS.en)) expect(text).toContain(phrase);
    // other languages are not in the bundle…
    expect(text).not.toContain(ANSWER_WORDS.de.question);
  });

  it('…but served once each from the API origin, every phrase of every language, cacheable, readable by any page', async () => {
    for (const lang of LANGUAGES) {
      const res = await fetch(`${base()}/widget/words/${lang}.json`, { headers: { origin: 'https://help.acme.test' } });
      expect(res.status, lang).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
      expect(await res.json()).toEqual(ANSWER_WORDS[lang]);
    }
    const unknown = await fetch(`${base()}/widget/words/xx.json`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
  });

  it('is one classic script with no host written into it and no other globals declared', () => {
    expect(text).not.toMatch(/\b(?:import|export)\s*[{*]/);
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|https?:\/\/(?!www\.w3\.org)/);
    expect(text.trimStart().startsWith('(function')).toBe(true);
  });

  it('is what the worker serves at /widget.js', async () => {
    const res = await fetch(`${base()}/widget.js`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
