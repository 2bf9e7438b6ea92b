import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GENERATED_QUERIES } from '@accgraph/api/canonical';
import { type CatalogueQuery, REPO_ROOT } from '@accgraph/api/store';

/** Folders whose `.cypher` files form the catalogue (plus the schema statements). */
export const CATALOGUE_ROOTS = ['api', 'graph-seed', 'schema'] as const;

/** Schema statements: linted, but run by ensureSchema() rather than by contract cases. */
export const SCHEMA_DIR = 'schema/constraints/';

function walk(dir: string, out: string[], extension: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.'))
      continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out, extension);
    else if (entry.isFile() && entry.name.endsWith(extension)) out.push(path);
  }
}

/** Every `.cypher` file (or other `extension`) under `roots`, as repository-relative paths, sorted. */
export function findCypherFiles(
  roots: readonly string[] = CATALOGUE_ROOTS,
  extension = '.cypher',
): string[] {
  const files: string[] = [];
  for (const root of roots) walk(join(REPO_ROOT, root), files, extension);
  return files.map((f) => relative(REPO_ROOT, f).split('\\').join('/')).sort();
}

/** Every `.cypher-template` file under `roots` (each gives a family of generated statements). */
export function findTemplateFiles(roots: readonly string[] = CATALOGUE_ROOTS): string[] {
  return findCypherFiles(roots, '.cypher-template');
}

/** The statements made from templates, by catalogue name (`api/src/canonical/upsert-nodes/Body`). */
export const GENERATED: ReadonlyMap<string, CatalogueQuery> = new Map(
  GENERATED_QUERIES.map((q) => [q.name, q]),
);

/**
 * Catalogue names (`api/src/area/list-areas`) of the queries that need a
 * contract case: every `.cypher` file and every statement made from a template.
 */
export function catalogueQueryNames(): string[] {
  return [
    ...findCypherFiles()
      .filter((f) => !f.startsWith(SCHEMA_DIR))
      .map((f) => f.replace(/\.cypher$/, '')),
    ...GENERATED.keys(),
  ].sort();
}
