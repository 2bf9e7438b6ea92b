import http from 'node:http';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverConfigFromEnv } from '@accgraph/api/config';
import { createLogger } from '@accgraph/api/logger';
import { createApp } from '@accgraph/api/server';
import { freshEmbeddedStore } from './support/stores.ts';

/**
 * Every mistake a client can send to /graphql in production mode gets a 4xx
 * with a clear message and the request id (body, header and log line agree),
 * never a 5xx or a reset connection (issue 16, point 1).
 */

const AREAS = '{ areas { id } }';
const ONE_MB = 1024 * 1024;

interface Answer {
  status: number;
  requestId: string | undefined;
  body: {
    errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
    [key: string]: unknown;
  };
  text: string;
}

describe('client mistakes on /graphql in production mode', () => {
  let app: FastifyInstance;
  let url: string;
  let dispose: () => Promise<void>;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const fresh = await freshEmbeddedStore();
    dispose = fresh.dispose;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          logs.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    });
    app = await createApp({
      config: {
        ...serverConfigFromEnv({ NODE_ENV: 'production', READ_ACCESS: 'open' }),
        port: 0,
        seedOnStart: false,
      },
      store: fresh.store,
      logger: createLogger('info', sink),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  async function send(
    method: 'GET' | 'POST',
    payload: unknown,
    query: Record<string, string> = {},
  ): Promise<Answer> {
    const search = new URLSearchParams(query).toString();
    const response = await app.inject({
      method,
      url: `/graphql${search ? `?${search}` : ''}`,
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      ...(method === 'POST' ? { payload: JSON.stringify(payload) } : {}),
    });
    const requestId = response.headers['x-request-id'] as string | undefined;
    return {
      status: response.statusCode,
      requestId,
      body: response.json() as Answer['body'],
      text: response.body,
    };
  }

  /** A 4xx whose every error carries a code, a message and the request id of the header. */
  function expectClientError(answer: Answer, code: string, message: RegExp): void {
    expect(answer.status, answer.text).toBeGreaterThanOrEqual(400);
    expect(answer.status, answer.text).toBeLessThan(500);
    expect(answer.requestId).toMatch(/.+/);
    expect(answer.body.errors?.length, answer.text).toBeGreaterThan(0);
    for (const error of answer.body.errors ?? []) {
      expect(error.extensions?.requestId, answer.text).toBe(answer.requestId);
    }
    expect(answer.body.errors?.[0]?.extensions?.code, answer.text).toBe(code);
    expect(answer.body.errors?.[0]?.message, answer.text).toMatch(message);
    expect(answer.text).not.toMatch(/Unexpected error|stack|\.ts:\d|node_modules/);
  }

  it('a persisted-query hash that does not match its query: 400 saying so (POST and GET)', async () => {
    const persistedQuery = { version: 1, sha256Hash: 'a'.repeat(64) };
    expectClientError(
      await send('POST', { query: AREAS, extensions: { persistedQuery } }),
      'BAD_REQUEST',
      /does not match/,
    );
    expectClientError(
      await send('GET', undefined, {
        query: AREAS,
        extensions: JSON.stringify({ persistedQuery }),
      }),
      'BAD_REQUEST',
      /does not match/,
    );
  });

  it('more variable errors than graphql-js reports (50): 400 BAD_USER_INPUT, not a masked error', async () => {
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const answer = await send('POST', {
      query,
      variables: { ids: Array.from({ length: 60 }, () => ({})) },
    });
    expect(answer.status).toBe(400);
    for (const error of answer.body.errors ?? []) {
      expect(error.extensions?.code, answer.text).toBe('BAD_USER_INPUT');
      expect(error.extensions?.requestId).toBe(answer.requestId);
    }
    expect(answer.text).toMatch(/Too many errors processing variables/);
  });

  it('an operationName that names no operation, or is empty: 400 (POST and GET)', async () => {
    const document = 'query A { areas { id } } query B { areas { name } }';
    for (const operationName of ['Nope', '']) {
      for (const query of [AREAS, document]) {
        expectClientError(
          await send('POST', { query, operationName }),
          'OPERATION_RESOLUTION_FAILURE',
          /operation/i,
        );
        expectClientError(
          await send('GET', undefined, { query, operationName }),
          'OPERATION_RESOLUTION_FAILURE',
          /operation/i,
        );
      }
    }
  });

  it('a subscription (the API has none) or an unknown mutation field: 400 saying so, not an unexpected error', async () => {
    for (const kind of ['mutation', 'subscription']) {
      const answer = await send('POST', { query: `${kind} M { areas { id } }` });
      // since the accounts mutations there is a Mutation type: its message names the type
      expectClientError(answer, 'GRAPHQL_VALIDATION_FAILED', new RegExp(kind, 'i'));
      const errorLines = logs.filter((l) => l.requestId === answer.requestId && l.level === 50);
      expect(errorLines).toEqual([]);
    }
  });

  it('malformed batches and bodies that are not GraphQL requests: 400 with the request id', async () => {
    for (const payload of [[], [{ query: AREAS }], [1, 2], 'text', 5, null, { query: 5 }]) {
      const answer = await send('POST', payload);
      expect(answer.status, JSON.stringify(payload)).toBe(400);
      expect(answer.requestId).toMatch(/.+/);
      expect(answer.text, JSON.stringify(payload)).toContain(answer.requestId);
      expect(answer.text).not.toMatch(/Unexpected error|stack|\.ts:\d/);
    }
  });

  it('logs each rejected request under the request id its body carries', async () => {
    const answer = await send('POST', [{ query: AREAS }]);
    const line = logs.find(
      (l) => l.requestId === answer.requestId && l.msg !== 'request completed',
    );
    expect(line, JSON.stringify(logs.slice(-5))).toBeDefined();
  });

  it('gives no "Did you mean" suggestion (fields, arguments, enum values in variables)', async () => {
    const answers = [
      await send('POST', { query: '{ areaz { id } }' }),
      await send('POST', { query: '{ areas { nme } }' }),
      await send('POST', {
        query: 'query ($k: [SearchKind!]) { search(text: "wilt", kinds: $k) { totalCount } }',
        variables: { k: ['BOD'] },
      }),
      await send('POST', { query: '{ search(text: "wilt", kinds: [BOD]) { totalCount } }' }),
      await send('POST', { query: '{ search(txt: "wilt") { totalCount } }' }),
    ];
    for (const answer of answers) {
      expect(answer.status, answer.text).toBe(400);
      expect(answer.text).not.toMatch(/did you mean|suggestion/i);
    }
  });

  /**
   * Sends `size` bytes with `method` over a real socket, as curl would: the
   * whole body, then the answer. Resolves once the socket is closed or idle,
   * with the answer and any socket error seen on the way (a reset while
   * writing the body is what a client reports as "connection reset").
   */
  function sendLarge(
    method: string,
    size: number,
    chunked: boolean,
  ): Promise<{ status?: number; body?: string; requestId?: string; error?: string }> {
    return new Promise((resolve) => {
      const result: { status?: number; body?: string; requestId?: string; error?: string } = {};
      let answered = false;
      let written = false;
      const settle = (): void => {
        if ((answered && written) || result.error) resolve(result);
      };
      const request = http.request(
        `${url}/graphql`,
        {
          method,
          agent: false,
          headers: {
            'content-type': 'application/json',
            ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(size) }),
          },
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => {
            Object.assign(result, {
              status: response.statusCode,
              body,
              requestId: response.headers['x-request-id'] as string,
            });
            answered = true;
            settle();
          });
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        result.error = error.code;
        settle();
      });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = (): void => {
        while (sent < size) {
          const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
          sent += part.length;
          if (!request.write(part)) {
            request.once('drain', pump);
            return;
          }
        }
        request.end(() => {
          written = true;
          settle();
        });
      };
      pump();
    });
  }

  it('a 7.8 MB body on any method, sized or chunked: 413 with a JSON body and the request id, never a reset', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'GET', 'OPTIONS']) {
      for (const chunked of [false, true]) {
        // GET and OPTIONS with a chunked body: the size is not known up front
        const answer = await sendLarge(method, Math.round(7.8 * ONE_MB), chunked);
        const what = `${method}${chunked ? ' chunked' : ''}: ${JSON.stringify(answer).slice(0, 300)}`;
        expect(answer.error, what).toBeUndefined();
        expect(answer.status, what).toBe(413);
        const body = JSON.parse(answer.body ?? '') as { requestId?: string; message?: string };
        expect(body.requestId, what).toBe(answer.requestId);
        expect(body.message, what).toMatch(/too large/i);
      }
    }
  });

  it('a body just under the limit is read (not refused as too large)', async () => {
    const answer = await sendLarge('POST', ONE_MB - 10, false);
    expect(answer.error).toBeUndefined();
    expect(answer.status).toBe(400); // not JSON, but read
  });
});
