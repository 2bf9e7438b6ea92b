import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../store/index.ts';
import { errorKind, isStoreUnavailable, registerErrorHandler } from './edge.ts';

describe('registerErrorHandler', () => {
  it('masks a 5xx (no message, stack or path) and keeps a 4xx message', async () => {
    const app = Fastify();
    registerErrorHandler(app);
    app.get('/boom', async () => {
      throw new Error('connect ECONNREFUSED bolt://db.internal:7687 at /srv/app/store.ts:12');
    });
    app.post('/echo', async (request) => request.body);
    const boom = await app.inject({ method: 'GET', url: '/boom', headers: { 'x-a': '1' } });
    expect(boom.statusCode).toBe(500);
    expect(boom.json()).toEqual({
      error: 'Internal Server Error',
      message: 'Unexpected error. Quote the requestId when you report it.',
      requestId: expect.any(String),
    });
    expect(boom.body).not.toMatch(/bolt|ECONNREFUSED|\.ts|stack/);
    const bad = await app.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"query": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
    await app.close();
  });
});

describe('isStoreUnavailable', () => {
  it('counts a store that is down, closed or refusing our credentials as unavailable (503)', () => {
    for (const code of ['STORE_UNAVAILABLE', 'STORE_CLOSED', 'STORE_AUTH'] as const) {
      const error = new StoreError(code, 'store said no');
      expect(isStoreUnavailable(error)).toBe(true);
      expect(isStoreUnavailable(new Error('wrapped', { cause: error }))).toBe(true);
      expect(errorKind(error)).toBe('unavailable');
    }
  });

  it('leaves a failed query unexpected (500)', () => {
    const error = new StoreError('STORE_SYNTAX', 'bad statement');
    expect(isStoreUnavailable(error)).toBe(false);
    expect(errorKind(error)).toBe('unexpected');
  });
});
