import { type CatalogueQuery, cypher } from '../store/catalogue.ts';
import {
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '@accgraph/schema';

const here = import.meta.url;

/**
 * One fixed query text per label and per relationship type (labels and types
 * are never built from input: stack notes, rule 1). The file names are the
 * label / type names of canonical.types.ts.
 */
export const UPSERT_NODES = Object.fromEntries(
  NODE_LABELS.map((label) => [label, cypher(here, `./upsert-nodes/${label}.cypher`)]),
) as Record<NodeLabel, CatalogueQuery>;

export const UPSERT_RELATIONSHIPS = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, cypher(here, `./upsert-relationships/${type}.cypher`)]),
) as Record<RelationshipType, CatalogueQuery>;

export const DELETE_STALE_NODES = cypher(here, './delete-stale-nodes.cypher');
export const DELETE_STALE_RELATIONSHIPS = cypher(here, './delete-stale-relationships.cypher');
export const READ_AREA_NODES = cypher(here, './read-area-nodes.cypher');
export const READ_NODES_BY_ID = cypher(here, './read-nodes-by-id.cypher');
export const READ_AREA_RELATIONSHIPS = cypher(here, './read-area-relationships.cypher');
export const READ_AREA_HASHES = cypher(here, './read-area-hashes.cypher');
export const SET_AREA_SEED_HASH = cypher(here, './set-area-seed-hash.cypher');
