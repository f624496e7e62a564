import compression from 'compression';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Bodies } from '../../lib/http/page-responses.mjs';
import { finishPageResponses } from '../../lib/http/page-responses.mjs';

/** A real HTTP server on a free loopback port, for the pieces of server.mjs tested on their own. */
export type LocalServer = { base: string; close: () => Promise<void> };

export async function listenLocal(listener: RequestListener): Promise<LocalServer> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Runs `inner` behind the `compression` middleware, as server.mjs runs its page handling. */
export function behindCompression(inner: (req: IncomingMessage, res: ServerResponse) => void): RequestListener {
  const compress = compression();
  return (req, res) =>
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => inner(req, res));
}

/** Runs `inner` as server.mjs runs Next: behind compression, with finishPageResponses over `bodies`. */
export function asServerMjs(bodies: Bodies, inner: (req: IncomingMessage, res: ServerResponse) => void): RequestListener {
  return behindCompression((req, res) => {
    finishPageResponses(req, res, { bodies });
    inner(req, res);
  });
}
