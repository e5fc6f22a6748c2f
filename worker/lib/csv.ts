/**
 * RFC 4180 CSV: CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes doubled.
 *
 * Against CSV injection (OWASP), a cell must never begin with a character a spreadsheet runs as a
 * formula: = + - @, TAB or CR, and their fullwidth forms (＝ ＋ － ＠, which Excel with an East Asian
 * input method reads as the ASCII ones). A field that begins with one gets a leading apostrophe. A
 * spreadsheet in a locale whose list separator is `;` (German, French…), or one that splits on TAB,
 * starts a new cell after those characters too, and it does not honour our quotes in the middle of
 * a line: so a field holding `;` or TAB is quoted as well, and inside any field a formula character
 * that follows a separator (`,` `;` TAB CR LF) also gets its apostrophe — `x;=1+1` is exported as
 * `"x;'=1+1"`, inert however the file is split.
 */
const FORMULA_START = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';
const LEADING_FORMULA = new RegExp(`^[${FORMULA_START}]`);
const FORMULA_AFTER_SEPARATOR = new RegExp(`([,;\\t\\r\\n])(?=[${FORMULA_START}])`, 'g');
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvField(value: string | null | undefined): string {
  let s = (value ?? '').replace(FORMULA_AFTER_SEPARATOR, "$1'");
  if (LEADING_FORMULA.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (fields: (string | null | undefined)[]): string => fields.map(csvField).join(',') + '\r\n';
