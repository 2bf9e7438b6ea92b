import type { Store, Tx } from '../store/types.ts';
import { areaSeedHash } from '@accgraph/schema';
import { readGraph } from './graph.read.ts';
import { READ_AREA_HASHES, READ_AREA_PROVENANCE } from './graph.queries.ts';
import type { AreaProvenanceKind } from './graph.write.ts';

/** Ids of the areas in the store, sorted. */
export async function listAreas(store: Store): Promise<string[]> {
  const rows = await store.read(READ_AREA_HASHES.with());
  return rows.map((row) => String(row.id));
}

/** `areaId -> seedHash` for every area loaded with a hash (see writeGraph `seedHashes`). */
export async function readAreaHashes(store: Store): Promise<Record<string, string>> {
  const rows = await store.read(READ_AREA_HASHES.with());
  const hashes: Record<string, string> = {};
  for (const row of rows)
    if (typeof row.seedHash === 'string') hashes[String(row.id)] = row.seedHash;
  return hashes;
}

/**
 * The seed hash recomputed from what the store holds for `areaId` (its
 * canonical graph as `readGraph` reads it back): equal to the seed hash of
 * the file it was loaded from while nobody changed the area since.
 */
export async function storedContentHash(tx: Tx, areaId: string): Promise<string> {
  return areaSeedHash(await readGraph(tx, { areas: [areaId] }));
}

/** How an area's content reached the store (writeGraph `provenance`). */
export interface AreaProvenance {
  /** null: written before provenance was recorded (a bundled load). */
  kind: AreaProvenanceKind | null;
  at: string | null;
  by: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** `areaId -> provenance` of every area in the store. */
export async function readAreaProvenance(
  store: Pick<Store, 'read'>,
): Promise<Record<string, AreaProvenance>> {
  const rows = await store.read(READ_AREA_PROVENANCE.with());
  const out: Record<string, AreaProvenance> = {};
  for (const row of rows)
    out[String(row.id)] = {
      kind: str(row.provenance) as AreaProvenanceKind | null,
      at: str(row.at),
      by: str(row.by),
    };
  return out;
}
