// Constraints and indexes on Neo4j 5 (run by the store's ensureSchema() at
// every start; `IF NOT EXISTS` makes a second run, or a second API process
// starting beside the first, a no-op).
// A uniqueness constraint is backed by an index: no separate id index.
// Every node is an Entity and every upsert MERGEs on (:Entity {id}), so
// entity_id_unique makes ids unique across all labels: per-label id
// constraints would only add an index per label for each write to maintain.
// area_id_unique serves the reads that anchor on (:Area {id}) (area-by-id,
// set-area-seed-hash), which the Entity index cannot serve.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id_unique IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_area_id IF NOT EXISTS FOR (n:Entity) ON (n.areaId);
// Document source texts (api/src/documents/texts.ts, decision 0022): one per document.
CREATE CONSTRAINT source_text_document_unique IF NOT EXISTS FOR (t:SourceText) REQUIRE t.documentId IS UNIQUE;
