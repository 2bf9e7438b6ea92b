import { type CatalogueQuery, cypher, cypherTemplate } from '../store/catalogue.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@accgraph/schema';

const here = import.meta.url;

/**
 * One fixed query text per label and per relationship type (labels and types
 * are never built from input: stack notes, rule 1), each made from the one
 * template of its shape and THE lists of @accgraph/schema.
 */
export const UPSERT_NODES = cypherTemplate(
  here,
  './upsert-nodes.cypher-template',
  'LABEL',
  NODE_LABELS,
);

export const UPSERT_RELATIONSHIPS = cypherTemplate(
  here,
  './upsert-relationships.cypher-template',
  'TYPE',
  RELATIONSHIP_TYPES,
);

/** Every statement made from a template: the catalogue lint and contract suite cover each. */
export const GENERATED_QUERIES: readonly CatalogueQuery[] = [
  ...Object.values<CatalogueQuery>(UPSERT_NODES),
  ...Object.values<CatalogueQuery>(UPSERT_RELATIONSHIPS),
];

export const DELETE_STALE_NODES = cypher(here, './delete-stale-nodes.cypher');
export const DELETE_STALE_RELATIONSHIPS = cypher(here, './delete-stale-relationships.cypher');
export const READ_AREA_NODES = cypher(here, './read-area-nodes.cypher');
export const READ_NODES_BY_ID = cypher(here, './read-nodes-by-id.cypher');
export const READ_AREA_RELATIONSHIPS = cypher(here, './read-area-relationships.cypher');
export const READ_AREA_HASHES = cypher(here, './read-area-hashes.cypher');
export const SET_AREA_SEED_HASH = cypher(here, './set-area-seed-hash.cypher');
export const SET_AREA_SHARED_NODES = cypher(here, './set-area-shared-nodes.cypher');
export const SET_AREA_PROVENANCE = cypher(here, './set-area-provenance.cypher');
export const READ_AREA_PROVENANCE = cypher(here, './read-area-provenance.cypher');
