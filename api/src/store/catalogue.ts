/**
 * The Cypher catalogue: every query lives in a `.cypher` file beside the code
 * that runs it, loaded once, parameters only (docs/architecture.md and
 * shared stack notes, rule 1).
 *
 * File format: ONE statement per file; `//` comment lines are allowed
 * anywhere (they are kept: Neo4j accepts them); a trailing `;` is stripped.
 *
 * Parameter convention for LIMIT/SKIP: Neo4j rejects a float where it expects
 * an integer (`LIMIT $n` with a JS number fails), and neo4j-driver sends JS
 * numbers as floats. The Neo4j adapter therefore converts a parameter to a
 * Cypher integer when its name is `limit`, `skip` or `first`, or ends with
 * `Limit` or `Skip` (`pageLimit`, `rowSkip`). Name every LIMIT/SKIP parameter
 * that way, and no other parameter.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromFile } from '../cache.ts';
import { REPO_ROOT } from './repo-root.ts';
import type { Params, Statement } from './types.ts';

/** Trims whitespace and one trailing `;`; refuses files holding several statements. */
export function parseCatalogueText(raw: string, file: string): string {
  const text = raw.trim().replace(/;\s*$/, '').trim();
  const code = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  if (!code.trim()) throw new Error(`Cypher catalogue file ${file} holds no statement.`);
  if (/;\s*\n/.test(code)) {
    throw new Error(`Cypher catalogue file ${file} holds several statements; keep one per file.`);
  }
  return text;
}

/** Absolute path of `relPath` resolved against a module URL or a directory path. */
function resolveFrom(base: string, relPath: string): string {
  const dir = base.startsWith('file:') ? fileURLToPath(new URL('.', base)) : base;
  return resolve(dir, relPath);
}

/** Loads (once) the Cypher text of `relPath`, relative to `base` (`import.meta.url`). */
export function cypherText(base: string, relPath: string): string {
  return loadFile(resolveFrom(base, relPath));
}

function loadFile(file: string): string {
  return fromFile('cypher', file, () => parseCatalogueText(readFileSync(file, 'utf8'), file));
}

/** Catalogue name of a file: its path from the repository root, without `.cypher`. */
export function catalogueName(file: string): string {
  return relative(REPO_ROOT, file)
    .split('\\')
    .join('/')
    .replace(/\.cypher$/, '');
}

/** A loaded catalogue query: `with(params)` makes the statement to run. */
export interface CatalogueQuery {
  /** Path from the repository root without `.cypher`, e.g. `api/src/area/list-areas`. */
  readonly name: string;
  /** The Cypher text. */
  readonly text: string;
  /** The statement with these parameters (and the catalogue name, for logs and errors). */
  with(params?: Params): Statement;
  /** The Cypher text. */
  toString(): string;
  /** For a statement made from a template: the template's path from the repository root. */
  readonly template?: string;
}

function catalogueQuery(name: string, text: string, template?: string): CatalogueQuery {
  return {
    name,
    text,
    with: (params) => ({ name, text, params: params ?? {} }),
    toString: () => text,
    ...(template === undefined ? {} : { template }),
  };
}

/**
 * Loads a query of the catalogue once, at module load:
 * `const LIST_AREAS = cypher(import.meta.url, './list-areas.cypher');`
 * `await store.read(LIST_AREAS.with({ areaIds }))`.
 */
export function cypher(base: string, relPath: string): CatalogueQuery {
  const file = resolveFrom(base, relPath);
  return catalogueQuery(catalogueName(file), loadFile(file));
}

/** A label or relationship type: what a template slot may be filled with. */
const SLOT_VALUE = /^[A-Z][A-Za-z0-9_]*$/;

/**
 * Fixed query texts made from one template: `family.cypher-template` holds one
 * statement with a `{{SLOT}}` placeholder; each of `values` (a fixed list of
 * labels or relationship types, never user input: stack notes, rule 1) gives
 * one statement, named `<dir>/family/<value>` like a catalogue file. Loaded
 * once, at module load:
 * `cypherTemplate(import.meta.url, './upsert-nodes.cypher-template', 'LABEL', NODE_LABELS)`.
 */
export function cypherTemplate<V extends string>(
  base: string,
  relPath: string,
  slot: string,
  values: readonly V[],
): Record<V, CatalogueQuery> {
  const file = resolveFrom(base, relPath);
  if (!file.endsWith('.cypher-template')) {
    throw new Error(`Cypher template ${file} must be named *.cypher-template.`);
  }
  const placeholder = `{{${slot}}}`;
  const template = loadFile(file);
  if (!template.includes(placeholder)) {
    throw new Error(`Cypher template ${file} has no ${placeholder}.`);
  }
  const family = catalogueName(file).replace(/\.cypher-template$/, '');
  const out = {} as Record<V, CatalogueQuery>;
  for (const value of values) {
    if (!SLOT_VALUE.test(value)) {
      throw new Error(`Cypher template ${file}: "${value}" is not a label or relationship type.`);
    }
    const text = template.split(placeholder).join(value);
    out[value] = catalogueQuery(`${family}/${value}`, text, `${family}.cypher-template`);
  }
  return out;
}
