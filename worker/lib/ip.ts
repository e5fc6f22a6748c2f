/**
 * The client a rate limit counts: an IPv4 address as it is, an IPv6 address by its /64 network.
 *
 * One home or mobile IPv6 subscriber is given a /64 (or more) and can use any of its 2^64 addresses,
 * so per-address counting would give each of them its own limit. The address is parsed, not
 * compared as text: `2001:db8::1`, `2001:DB8:0:0::1` and `2001:0db8:0000:…:0001` are one client, and
 * an IPv4-mapped address (`::ffff:203.0.113.9`) is the IPv4 client it maps.
 */
export function clientKey(raw: string): string {
  const ip = raw.trim().replace(/^\[(.*)\]$/, '$1');
  if (!ip.includes(':')) return ip;
  const groups = ipv6Groups(ip);
  if (!groups) return ip.toLowerCase(); // not an address: counted as the text it is
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (with `::`, a trailing dotted IPv4, a `%zone`), or null. */
function ipv6Groups(text: string): number[] | null {
  let s = text.replace(/%.*$/, '');
  const v4 = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (v4) {
    const o = v4.slice(2).map(Number);
    if (o.some((n) => n > 255)) return null;
    s = `${v4[1]}${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const part = (h: string | undefined) => (h ? h.split(':') : []);
  const head = part(halves[0]);
  const tail = part(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  return all.map((g) => parseInt(g, 16));
}
