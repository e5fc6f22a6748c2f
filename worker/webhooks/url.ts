/**
 * Where a webhook may point (checked when it is created). Deliveries are requests the worker makes on
 * an admin's behalf, so the URL must not reach anything but a public HTTPS service: https:// only, on
 * a web port (443, 8443), and http:// just for `localhost` and `127.0.0.1` on any port (a receiver on
 * the developer's machine — over https:// loopback is refused like any other non-public address), no
 * user:password, no IP address of a private, loopback, link-local (cloud metadata), shared or reserved
 * range, no IPv6 literal, no single-label or internal host name. Names are not resolved here (Workers
 * have no DNS API); on Cloudflare a Worker's fetch cannot reach private networks, and redirects are not
 * followed. What is stored is the URL as the parser normalised it (`webhookUrl`): what a person reads
 * in the admin API is what is fetched (`\` is `/`, an internationalised name is in its xn-- form).
 */
import { isLocalHost, isSecureOrLocal } from '../lib/url';

const INTERNAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.localdomain'];

/** IPv4 ranges that are not the public internet: [first octets, prefix length]. */
const NON_PUBLIC_V4: [number[], number][] = [
  [[0], 8], // "this network"
  [[10], 8], // private
  [[100, 64], 10], // carrier-grade NAT
  [[127], 8], // loopback
  [[169, 254], 16], // link-local, cloud metadata services
  [[172, 16], 12], // private
  [[192, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2], 24], // documentation
  [[192, 88, 99], 24], // 6to4 relay
  [[192, 168], 16], // private
  [[198, 18], 15], // benchmarking
  [[198, 51, 100], 24], // documentation
  [[203, 0, 113], 24], // documentation
  [[224], 4], // multicast
  [[240], 4], // reserved, broadcast
];

function v4ToInt(host: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  return m.slice(1).reduce((n, part) => n * 256 + Number(part), 0);
}

function publicV4(n: number): boolean {
  return !NON_PUBLIC_V4.some(([octets, bits]) => {
    const base = [0, 1, 2, 3].reduce((acc, i) => acc * 256 + (octets[i] ?? 0), 0);
    const size = 2 ** (32 - bits);
    return n >= base && n < base + size;
  });
}

/** Ports a public receiver listens on over https:// ('' is the scheme's default, 443). */
const WEB_PORTS = new Set(['', '443', '8443']);

/** The URL as it is stored and fetched: the parser's normalised form. */
export const webhookUrl = (raw: string): string => (URL.canParse(raw) ? new URL(raw).href : raw);

/** Why `raw` cannot be a webhook URL, or null when it can. */
export function webhookUrlProblem(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'not a URL';
  }
  // The WHATWG parser has normalised the host: 2130706433, 0x7f.1 and 127.1 are all 127.0.0.1 here.
  const host = u.hostname.toLowerCase();
  if (!isSecureOrLocal(u)) {
    return 'a webhook URL is https:// (http:// only for localhost and 127.0.0.1)';
  }
  if (u.username || u.password) return 'a webhook URL has no user name or password in it';
  // The local exemption is for a receiver on the developer's machine, over plain http:// only.
  if (u.protocol === 'http:') return null;
  if (isLocalHost(host)) return 'a webhook URL cannot point to a loopback address over https://';
  if (!WEB_PORTS.has(u.port)) return 'a webhook URL uses a web port (443 or 8443)';
  if (host.startsWith('[')) return 'a webhook URL names its host, not an IPv6 address';
  const v4 = v4ToInt(host);
  if (v4 !== null) return publicV4(v4) ? null : 'a webhook URL cannot point to a private or reserved address';
  if (!host.includes('.') || host.endsWith('.')) return 'a webhook URL needs a full public host name';
  if (INTERNAL_SUFFIXES.some((s) => host.endsWith(s))) return 'a webhook URL cannot point to an internal host name';
  return null;
}
