/**
 * The CSV export as the browser takes it in: the API needs the session's Authorization header, so
 * a plain link cannot fetch it; the page reads the stream itself, counts its records as they come
 * (for the progress), and saves the whole file only once the server has finished it. A transfer the
 * server breaks off (SPEC: an export that cannot finish is a broken transfer) rejects here, and
 * nothing is saved: a partial file never looks like a complete one.
 */

const QUOTE = 0x22;
const LF = 0x0a;

/**
 * The body of `res`, and how many records (lines, header included) it holds. A record ends at a
 * line feed outside quotes (a comment may hold line breaks inside its quotes); UTF-8 never uses the
 * bytes of `"` or LF inside a multi-byte character, so bytes can be counted as they come.
 * `onLines` hears the count after each chunk.
 */
export async function readCsv(res: Response, onLines: (lines: number) => void) {
  const reader = res.body!.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let lines = 0;
  let quoted = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    for (const byte of value) {
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === LF && !quoted) lines++;
    }
    onLines(lines);
  }
  return { blob: new Blob(chunks, { type: 'text/csv;charset=utf-8' }), lines };
}

/** The file name the server gives (Content-Disposition), else one like it. */
export function fileName(res: Response, board: string): string {
  const m = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
  return m?.[1] ?? `${board}-responses.csv`;
}

/** Hands `blob` to the browser's downloads as `name`. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // the download has taken the blob's bytes by then; the URL only holds them in memory
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
