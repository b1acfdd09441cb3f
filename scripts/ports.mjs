import {createServer} from 'node:net';

/** Whether nothing listens on a TCP port of 127.0.0.1 (checked by listening on it for a moment). */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(Number(port), '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
