import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@accgraph/api/config';
import { printGraphQLSchema } from '@accgraph/api/schema';

describe('schema/schema.graphql', () => {
  it('is exactly the SDL the code generates (run `npm run schema:emit` after changing types)', () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printGraphQLSchema());
  });
});
