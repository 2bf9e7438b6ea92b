import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dutyTypeId } from './ids.ts';
import { parseYaml } from './yaml.ts';
import type { Problem } from './problem.ts';

/** A taxonomy entry: its id plus the primitive properties its graph node carries. */
export interface TaxonomyEntry {
  id: string;
  properties: Record<string, string | number | boolean>;
}

export interface Taxonomy {
  /** `CODE` -> DutyType node (`duty/CODE`). */
  dutyTypes: Map<string, TaxonomyEntry>;
  /** `law/...` -> StatutoryProvision node; null when provisions.yaml is missing. */
  provisions: Map<string, TaxonomyEntry> | null;
  problems: Problem[];
}

const primitive = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function entries(
  file: string,
  listKey: string,
  idOf: (item: Record<string, unknown>) => unknown,
  problems: Problem[],
): Map<string, TaxonomyEntry> | null {
  if (!existsSync(file)) return null;
  const parsed = parseYaml(file, readFileSync(file, 'utf8'));
  problems.push(...parsed.problems);
  const root = parsed.data;
  const list = Array.isArray(root)
    ? root
    : root && typeof root === 'object'
      ? (root as Record<string, unknown>)[listKey]
      : undefined;
  const out = new Map<string, TaxonomyEntry>();
  if (parsed.problems.length > 0) return out;
  if (!Array.isArray(list)) {
    problems.push(parsed.problem([], `no \`${listKey}\` list`, `a top-level \`${listKey}:\` list`));
    return out;
  }
  list.forEach((item: unknown, index) => {
    const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const id = idOf(record);
    if (typeof id !== 'string' || id === '') {
      problems.push(parsed.problem([listKey, index], 'entry without an id', 'an `id`/`code`'));
      return;
    }
    if (out.has(id)) {
      problems.push(parsed.problem([listKey, index], `duplicate taxonomy id ${id}`, 'unique ids'));
      return;
    }
    const properties: Record<string, string | number | boolean> = {};
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'id' && primitive(value)) properties[key] = value;
    }
    out.set(id, { id, properties });
  });
  return out;
}

/**
 * Loads `duty-types.yaml` and `provisions.yaml` from `dir` (schema/taxonomy).
 * A missing provisions file is reported as a problem, not thrown.
 */
export function loadTaxonomy(dir: string): Taxonomy {
  const problems: Problem[] = [];
  const dutyFile = join(dir, 'duty-types.yaml');
  const provisionFile = join(dir, 'provisions.yaml');
  const duty = entries(dutyFile, 'dutyTypes', (r) => r.code, problems);
  const dutyTypes = new Map<string, TaxonomyEntry>();
  if (duty === null) {
    problems.push(missing(dutyFile, 'duty type codes'));
  } else {
    for (const [code, entry] of duty) {
      dutyTypes.set(code, { id: dutyTypeId(code), properties: { ...entry.properties, code } });
    }
  }
  const provisions = entries(provisionFile, 'provisions', (r) => r.id, problems);
  if (provisions === null) problems.push(missing(provisionFile, 'statutory provisions'));
  return { dutyTypes, provisions, problems };
}

function missing(file: string, what: string): Problem {
  return {
    file,
    line: 1,
    column: 1,
    path: '',
    message: `taxonomy file not found: ${what} cannot be checked`,
    expected: `${file} (written by the taxonomy owner)`,
  };
}
