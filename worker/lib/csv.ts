/**
 * RFC 4180 CSV: CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes doubled.
 * A field a spreadsheet would run as a formula (it starts with = + - @, or tab / CR) gets a leading
 * apostrophe first, as OWASP advises against CSV injection.
 */
export function csvField(value: string | null | undefined): string {
  let s = value ?? '';
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (fields: (string | null | undefined)[]): string => fields.map(csvField).join(',') + '\r\n';
