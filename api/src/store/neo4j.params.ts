import neo4j from 'neo4j-driver';
import type { Params } from './types.ts';

/**
 * Parameters used in LIMIT/SKIP must reach Neo4j as integers, but the driver
 * sends JS numbers as floats ("10.0 is not a valid value"). Convention (see
 * catalogue.ts): a parameter named `limit`, `skip` or `first`, or ending in
 * `Limit` or `Skip`, is sent as a Cypher integer.
 */
export function isIntegerParamName(name: string): boolean {
  return /^(limit|skip|first)$/.test(name) || /.(Limit|Skip)$/.test(name);
}

export function toNeo4jParams(params: Params = {}): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] =
      isIntegerParamName(name) && typeof value === 'number' && Number.isInteger(value)
        ? neo4j.int(value)
        : value;
  }
  return out;
}
