import { describe, expect, it } from 'vitest';
import { StoreError } from '../store/index.ts';
import { errorKind, isStoreUnavailable } from './errors.ts';

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
