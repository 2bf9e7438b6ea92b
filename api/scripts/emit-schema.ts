/** Writes the generated SDL to schema/schema.graphql (`npm run schema:emit`). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/config.ts';
import { printGraphQLSchema } from '../src/schema.ts';

const target = path.join(REPO_ROOT, 'schema', 'schema.graphql');
writeFileSync(target, printGraphQLSchema());
process.stdout.write(`wrote ${path.relative(REPO_ROOT, target)}\n`);
