/** Hosts a developer's own machine answers on: the only ones reached over plain http://. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** `localhost.` is `localhost`, as the URL parser already makes `127.0.0.1.` into `127.0.0.1`. */
export const isLocalHost = (hostname: string) => LOCAL_HOSTS.has(hostname.replace(/\.$/, ''));

/** https://, or http:// on localhost and 127.0.0.1: the rule for board origins and webhook URLs alike. */
export const isSecureOrLocal = (u: URL) =>
  u.protocol === 'https:' || (u.protocol === 'http:' && isLocalHost(u.hostname));
