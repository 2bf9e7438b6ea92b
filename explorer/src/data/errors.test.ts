import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../messages';
import { describeError } from './errors';

const response = (status: number): Response => new Response('', { status });

describe('describeError', () => {
  it('says the API is unreachable when fetch fails or a proxy answers 502', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe(MESSAGES.apiUnreachable.code);
    const proxy = new ServerError('bad gateway', { response: response(502), bodyText: '' });
    expect(describeError(proxy).code).toBe(MESSAGES.apiUnreachable.code);
  });

  it('tells a starting API (503) from another HTTP failure', () => {
    const starting = new ServerError('x', { response: response(503), bodyText: '' });
    expect(describeError(starting).text).toMatch(/not ready \(HTTP 503\)/);
    const broken = new ServerError('x', { response: response(500), bodyText: '' });
    expect(describeError(broken).code).toBe(MESSAGES.apiHttpError.code);
  });

  it('passes GraphQL error messages and codes through', () => {
    const err = new CombinedGraphQLErrors({
      errors: [{ message: 'Store unavailable', extensions: { code: 'STORE_UNAVAILABLE' } }],
    });
    const m = describeError(err);
    expect(m.tone).toBe('error');
    expect(m.text).toContain('Store unavailable (STORE_UNAVAILABLE)');
  });

  it('recognises a non-JSON answer', () => {
    const err = new ServerParseError(new Error('Unexpected token <'), {
      response: response(200),
      bodyText: '<html>',
    });
    expect(describeError(err).code).toBe(MESSAGES.apiBadResponse.code);
  });
});
