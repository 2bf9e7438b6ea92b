import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './repo-root.ts';
import type { StoreKind, Statement } from './types.ts';

const FILES: Record<StoreKind, string> = {
  neo4j: 'schema/constraints/neo4j.cypher',
  embedded: 'schema/constraints/grafeo.cypher',
};

/**
 * Splits a schema file into statements: statements end with `;` at the end of
 * a line; `//` comment lines are dropped.
 */
export function splitStatements(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return code
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The constraint and index statements of one store (idempotent: `IF NOT EXISTS`). */
export function schemaStatements(kind: StoreKind): Statement[] {
  const file = FILES[kind];
  const text = readFileSync(resolve(REPO_ROOT, file), 'utf8');
  const name = file.replace(/\.cypher$/, '');
  return splitStatements(text).map((t, i) => ({ text: t, name: `${name}#${i + 1}` }));
}
