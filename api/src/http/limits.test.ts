import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE } from '../graph/connection.ts';
import { COSTED_DEFAULT_PAGE_SIZE } from './limits.ts';

describe('queryCost', () => {
  it('costs an omitted first as the page size the resolvers really use', () => {
    expect(COSTED_DEFAULT_PAGE_SIZE).toBe(DEFAULT_PAGE_SIZE);
  });
});
