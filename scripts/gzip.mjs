// The gzip size a byte budget is measured in, for the widget's budget test and its bytes benchmark alike.
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

/** Bytes after `gzip -9 -n` where gzip is installed (it is on Debian and in CI), else zlib at level 9. */
export function gzip9(input) {
  const bytes = Buffer.from(input);
  try {
    return execFileSync('gzip', ['-9', '-n', '-c'], { input: bytes }).length;
  } catch {
    return gzipSync(bytes, { level: 9 }).length;
  }
}
