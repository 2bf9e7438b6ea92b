import http from 'node:http';
import net from 'node:net';
import { REPO_ROOT } from '@accgraph/api/config';
import type { FuzzRequest } from './graphql.arbitrary.ts';

/** What one request got back. */
export interface Outcome {
  status?: number;
  /** A socket error before a whole answer arrived (a reset, a hang). */
  error?: string;
  body: string;
}

/**
 * What must never reach a client: stack frames, source paths, Cypher, store
 * URIs, credentials, schema suggestions. Checked on every error body (and on
 * the `errors` of a 2xx answer: data may legitimately contain any word).
 */
const LEAK = new RegExp(
  [
    String.raw`\bat [^\s"]+ \(?[^\s"]*:\d+:\d+`,
    String.raw`\.ts:\d`,
    'node_modules',
    REPO_ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    String.raw`\bMATCH \(`,
    String.raw`\bMERGE \(`,
    'DETACH DELETE',
    String.raw`RETURN [a-z]\w* AS`,
    'bolt://',
    'neo4j://',
    'neo4j\\+s://',
    'grafeo',
    'NEO4J_PASSWORD',
    'Did you mean',
    'Suggestion hidden',
  ].join('|'),
  'i',
);

/** Strings the generators send that an error message may echo back (not leaks). */
const ECHOES = ['"; MATCH (n) DETACH DELETE n //'];

/** The leaked text in an answer, if any. */
export function leakIn(outcome: Outcome): string | undefined {
  let text = outcome.body;
  for (const echo of ECHOES) {
    text = text.split(echo).join('').split(JSON.stringify(echo).slice(1, -1)).join('');
  }
  if (outcome.status !== undefined && outcome.status < 400) {
    try {
      text = JSON.stringify((JSON.parse(text) as { errors?: unknown }).errors ?? '');
    } catch {
      // not JSON (the explorer's HTML, a HEAD): checked whole
    }
  }
  return LEAK.exec(text)?.[0];
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** Sends one generated request over a real socket; never rejects. */
export function send(base: string, request: FuzzRequest, timeoutMs = 30_000): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: Outcome): void => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
    const req = http.request(
      `${base}${request.url}`,
      { method: request.method, headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          done({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', (error: NodeJS.ErrnoException) =>
          done({ error: error.code ?? String(error), body: '' }),
        );
      },
    );
    req.setTimeout(timeoutMs, () => {
      done({ error: 'TIMEOUT', body: '' });
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      done({ error: error.code ?? String(error), body: '' }),
    );
    if (request.body !== undefined) req.end(request.body);
    else req.end();
  });
}

/**
 * Sends raw bytes on a new connection and reads until the server closes it or
 * goes quiet. The answer is the first status line; a reset or silence before
 * any answer is an error.
 */
export function sendRaw(port: number, data: string | Buffer, quietMs = 1_500): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = (error?: string): void => {
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      if (status)
        resolve({ status: Number(status), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
      else resolve({ error: error ?? 'NO_ANSWER', body: text });
    };
    const quiet = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(), quietMs);
    };
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      quiet();
    });
    socket.on('end', () => finish());
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code));
    socket.write(data, () => quiet());
  });
}

/** Runs `work` over `items` with at most `concurrency` at once, stopping at `deadline`. */
export async function pool<T>(
  items: readonly T[],
  concurrency: number,
  deadline: number,
  work: (item: T) => Promise<void>,
): Promise<number> {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length && Date.now() < deadline) {
        const item = items[next++]!;
        await work(item);
        done += 1;
      }
    }),
  );
  return done;
}

export function closeClient(): void {
  agent.destroy();
}
