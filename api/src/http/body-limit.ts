import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/**
 * How long and how much of a refused body is read (and dropped) before the
 * 413 is sent. Closing a socket that still holds unread bytes makes the
 * kernel reset the connection, and a client still writing its body then sees
 * "connection reset" instead of the 413 (measured: 7.8 MB bodies). Past these
 * bounds the answer goes out anyway and the connection is closed.
 */
export const DRAIN_LIMITS = { ms: 10_000, bytes: 64 * 1024 * 1024 } as const;

/** Methods whose bodies Fastify never reads (it ignores them). */
const UNPARSED = new Set(['GET', 'HEAD', 'TRACE', 'CONNECT']);

export class BodyTooLargeError extends Error {
  readonly statusCode = 413;
  readonly code = 'FST_ERR_CTP_BODY_TOO_LARGE';
  override readonly name = 'FastifyError';

  constructor(limit: number) {
    super(`Request body is too large: the limit is ${limit} bytes.`);
  }
}

/** Reads and drops what is left of a request's body, within DRAIN_LIMITS. */
export function drainBody(raw: IncomingMessage, limits = DRAIN_LIMITS): Promise<void> {
  if (raw.complete || raw.readableEnded || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let bytes = 0;
    const done = (): void => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', done);
      raw.off('close', done);
      raw.off('error', done);
      resolve();
    };
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes > limits.bytes) done();
    };
    const timer = setTimeout(done, limits.ms);
    raw.on('data', onData);
    raw.once('end', done);
    raw.once('close', done);
    raw.once('error', done);
    raw.resume();
  });
}

/** Counts a body Fastify will not read; true when it stays within `limit`. */
function bodyWithin(raw: IncomingMessage, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    let bytes = 0;
    const finish = (within: boolean): void => {
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('error', onEnd);
      resolve(within);
    };
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes > limit) finish(false);
    };
    const onEnd = (): void => finish(true);
    raw.on('data', onData);
    raw.once('end', onEnd);
    raw.once('error', onEnd);
    raw.resume();
  });
}

/**
 * One body limit for every method and path, answered 413 with a JSON body
 * (fastify-errors.ts): Fastify's own `bodyLimit` covers the bodies it parses
 * (POST, PUT, PATCH, DELETE, OPTIONS); a declared `content-length` over the
 * limit is refused here for any method, before routing, and a body sent with
 * GET or HEAD (which Fastify ignores) is counted as it arrives.
 */
export function registerBodyLimit(
  app: FastifyInstance,
  defaultLimit: number,
  /** Paths with their own body limit (POST /uploads: the upload limit). */
  pathLimits: Readonly<Record<string, number>> = {},
): void {
  app.addHook('onRequest', async (request) => {
    const limit = pathLimits[request.url.split('?')[0] ?? ''] ?? defaultLimit;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) throw new BodyTooLargeError(limit);
    if (UNPARSED.has(request.method) && request.headers['transfer-encoding'] !== undefined) {
      if (!(await bodyWithin(request.raw, limit))) throw new BodyTooLargeError(limit);
    }
  });
}
