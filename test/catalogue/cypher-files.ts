import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '@accgraph/api/store';

/** Folders whose `.cypher` files form the catalogue (plus the schema statements). */
export const CATALOGUE_ROOTS = ['api', 'graph-seed', 'schema'] as const;

/** Schema statements: linted, but run by ensureSchema() rather than by contract cases. */
export const SCHEMA_DIR = 'schema/constraints/';

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.'))
      continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && entry.name.endsWith('.cypher')) out.push(path);
  }
}

/** Every `.cypher` file under `roots`, as repository-relative paths, sorted. */
export function findCypherFiles(roots: readonly string[] = CATALOGUE_ROOTS): string[] {
  const files: string[] = [];
  for (const root of roots) walk(join(REPO_ROOT, root), files);
  return files.map((f) => relative(REPO_ROOT, f).split('\\').join('/')).sort();
}

/** Catalogue names (`api/src/area/list-areas`) of the queries that need a contract case. */
export function catalogueQueryNames(): string[] {
  return findCypherFiles()
    .filter((f) => !f.startsWith(SCHEMA_DIR))
    .map((f) => f.replace(/\.cypher$/, ''));
}
