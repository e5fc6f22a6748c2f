/**
 * The one character rule for every piece of text the API takes (SPEC.md § Concepts): JSON bodies,
 * the rating form, the admin API, path segments and query strings. Text is stored exactly as sent
 * or refused — never rewritten — so an id has one spelling: the bytes a token signs are the bytes
 * D1 stores, the API returns and `DELETE` matches.
 *
 * Refused everywhere:
 * - text that is not well-formed Unicode (a lone UTF-16 surrogate, which D1 and every encoder
 *   would turn into U+FFFD, a second spelling);
 * - control characters (Cc), format characters (Cf: zero-width space and joiners, BOM, soft
 *   hyphen, the bidi marks, embeddings, overrides and isolates) and the line and paragraph
 *   separators U+2028/U+2029 (Zl, Zp): invisible, or able to reorder what a page shows;
 * - leading or trailing whitespace, and text that is blank (only whitespace and invisible,
 *   default-ignorable characters).
 *
 * Two kinds of text people read and write freely loosen it, each for a reason:
 * - `display` (a board's name, a badge's label) may hold a zero-width joiner or non-joiner
 *   between two visible characters: Persian writes "کتاب‌ها" with a ZWNJ, emoji sequences such as
 *   👩‍💻 are joined by a ZWJ, and neither is an identifier with a second spelling;
 * - `comment` may also hold tabs and line breaks, and its surrounding whitespace is not part of
 *   it (the schema trims it, as it did before; CR LF and CR are one line break, LF).
 */

export type TextKind = 'id' | 'display' | 'comment';

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** A joiner with a visible character on each side: writing, not hiding. */
const JOINER_IN_WORD = /(?<=[^\s\p{C}\p{Z}])[\u200C\u200D](?=[^\s\p{C}\p{Z}])/gu;
/** Tab, LF and CR, which a comment keeps. */
const COMMENT_SPACING = /[\t\n\r]/g;
const EDGE_SPACE = /^\s|\s$/u;
const VISIBLE = /[^\s\p{Default_Ignorable_Code_Point}]/u;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What is wrong with `s` under the rule for `kind`, as a sentence for the error message, or null
 * when `s` is acceptable. Lengths are the schema's business, not this rule's.
 */
export function textProblem(s: string, kind: TextKind): string | null {
  if (!s.isWellFormed()) return 'is not well-formed Unicode (it holds a lone UTF-16 surrogate)';
  let rest = kind === 'id' ? s : s.replace(JOINER_IN_WORD, '');
  if (kind === 'comment') rest = rest.replace(COMMENT_SPACING, ' ');
  const bad = INVISIBLE.exec(rest);
  if (bad) return `must not contain ${codePoint(bad[0])} (control, invisible format and bidi characters are refused)`;
  if (kind === 'comment') return null;
  if (EDGE_SPACE.test(s)) return 'must not start or end with a space';
  if (!VISIBLE.test(s)) return 'must not be blank';
  return null;
}

/**
 * The same rule as an ECMA-262 `u` pattern per kind, for the OpenAPI document (JSON Schema patterns are
 * ECMA-262): lone surrogates are code points of category Cs there, so "well-formed" is one class too.
 * test/worker/text.test.ts checks that each accepts exactly what `textProblem` accepts.
 */
const REFUSED = String.raw`\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}`;
const JOINER = String.raw`(?<=[^\s\p{C}\p{Z}])[\u200C\u200D](?=[^\s\p{C}\p{Z}])`;
const EDGES_AND_VISIBLE = String.raw`(?!\s)(?![\s\S]*\s$)(?=[\s\S]*[^\s\p{Default_Ignorable_Code_Point}])`;
export const TEXT_PATTERN: Record<TextKind, string> = {
  id: `^${EDGES_AND_VISIBLE}[^${REFUSED}]*$`,
  display: `^${EDGES_AND_VISIBLE}(?:[^${REFUSED}]|${JOINER})*$`,
  comment: `^(?:[^${REFUSED}]|[\t\n\r]|${JOINER})*$`,
};

/** One line of the OpenAPI description per kind, so the document states the rule the schemas check. */
export const TEXT_RULE: Record<TextKind, string> = {
  id:
    'Well-formed Unicode; no control, format (zero-width, BOM, bidi) or line/paragraph-separator characters; ' +
    'no leading or trailing space; not blank. Anything else is refused with 400 invalid_body, never rewritten.',
  display:
    'Well-formed Unicode; no control, format (zero-width, BOM, bidi) or line/paragraph-separator characters, ' +
    'except a zero-width joiner or non-joiner between two visible characters; no leading or trailing space; not ' +
    'blank. Anything else is refused with 400 invalid_body, never rewritten.',
  comment:
    'Well-formed Unicode; tabs and line breaks allowed (CR LF and CR count as LF); no other control, format ' +
    '(zero-width, BOM, bidi) or line/paragraph-separator characters, except a zero-width joiner or non-joiner ' +
    'between two visible characters. Surrounding whitespace is trimmed. Anything else is refused with ' +
    '400 invalid_body.',
};
