/**
 * Every request a test process makes goes on a connection of its own (`Connection: close`): wrangler
 * dev closes a kept-alive connection after some idle seconds, and a request sent on it just then
 * fails with "other side closed" — nothing the worker did. With test files running side by side on a
 * busy machine, idle gaps of that length are common. (A setup file of the browser and CLI tests.)
 */
const keptAlive = globalThis.fetch;
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  headers.set('connection', 'close');
  return keptAlive(input, { ...init, headers });
}) as typeof fetch;
