/**
 * Strings an attacker sends to a text field (issue 11), by class, shared by the property tests in
 * workerd (test/worker/fuzz.test.ts) and the long run against wrangler dev (`npm run fuzz`). Each
 * class must be refused with 400 invalid_body wherever it lands in an id, an agent or a name.
 */
import fc from 'fast-check';

export const HOSTILE_CHARS = {
  'lone surrogate': ['\ud800', '\ud801', '\udbff', '\udc00', '\udfff'],
  control: ['\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f'],
  'zero-width and BOM': ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e'],
  bidi: ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u061c'],
  'line and paragraph separators': ['\u2028', '\u2029'],
} as const;

/** Every hostile character, one list. */
export const HOSTILE = Object.values(HOSTILE_CHARS).flat();

/** Hostile characters a comment refuses too: all but its tab and line breaks. */
export const HOSTILE_IN_COMMENT = HOSTILE.filter((ch) => !'\t\n\r'.includes(ch));

/** Ids that are blank or padded, refused as ids, agents and names. */
export const BLANK_OR_PADDED = [' ', '   ', '\u00a0', '\u3000', '\u3164', ' T-1', 'T-1 ', '  padded  ', '\u00a0T-1'];

/** Text that is fine everywhere and must come back exactly as sent. */
export const FINE = ['T-1234', 'Ré-①', 'チケット-42', 'كتاب-7', 'a b', '😀 ok', 'R\ufffd', 'x'.repeat(128)];

/** A hostile character spliced into a fine string at any position (start, middle, end). */
export const hostileText = fc
  .tuple(fc.constantFrom(...FINE.slice(0, -1)), fc.constantFrom(...HOSTILE), fc.nat())
  .map(([s, ch, at]) => {
    const i = at % (s.length + 1);
    return s.slice(0, i) + ch + s.slice(i);
  });

/** Random UTF-16 code units: lone surrogates, controls and everything else. */
export const codeUnits = fc.string({
  maxLength: 40,
  unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
});

/** Any string of the classes above, or random text (which may be fine or not). */
export const anyText = fc.oneof(
  hostileText,
  fc.constantFrom(...BLANK_OR_PADDED, ...FINE),
  codeUnits,
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.string({ maxLength: 40 }),
);
