/**
 * A TCP port on 127.0.0.1 that was free a moment ago (for servers a test starts, or for "nothing listens here").
 *
 * Drawn below Linux's ephemeral range (32768–60999), not by listening on port 0: a test that bakes the
 * port into certificates starts its server seconds later, and in between the parallel suites' outgoing
 * connections take ephemeral ports — an `openssl ocsp` responder once found its port taken that way
 * ("Address already in use", pki-revocation, session 9). Ports from this range are handed out only by
 * this helper, so only another test's explicit choice can collide, and a port found busy is skipped.
 */
import net from 'node:net';

const FIRST = 20_000;
const SPAN = 12_000;
const ATTEMPTS = 50;

function tryListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = FIRST + Math.floor(Math.random() * SPAN);
    if (await tryListen(port)) return port;
  }
  throw new Error(`no free port found in ${FIRST}–${FIRST + SPAN - 1} after ${ATTEMPTS} attempts`);
}
