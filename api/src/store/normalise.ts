import neo4j from 'neo4j-driver';
import type { Row } from './types.ts';

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

/**
 * Neo4j's values in the shapes both stores return (see types.ts): integers
 * as numbers (as neo4j-driver does with `disableLosslessIntegers`), dates and
 * times as ISO strings, lists as arrays and maps as plain objects. The
 * embedded store's counterpart is `normaliseGrafeoValue` (grafeo.store.ts).
 */
export function normaliseNeo4jValue(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(normaliseNeo4jValue);
  if (isPlainObject(value)) return mapValues(value, normaliseNeo4jValue);
  return value;
}

export function normaliseRow(row: Record<string, unknown>, fn: (v: unknown) => unknown): Row {
  return mapValues(row, fn);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function mapValues(obj: Record<string, unknown>, fn: (v: unknown) => unknown): Row {
  const out: Row = {};
  for (const [key, v] of Object.entries(obj)) out[key] = fn(v);
  return out;
}
