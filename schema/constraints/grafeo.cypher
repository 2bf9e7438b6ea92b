// Constraints and indexes on the embedded Grafeo store (run by ensureSchema()).
// A Grafeo constraint alone gives no index: without the id index a 10k-node
// MERGE load is quadratic (stack notes, rule 3). Measured on Grafeo 0.6.0 with
// 10k nodes: load 0.22 s; a (:Body {id}) lookup reads one row through the
// Entity id index, so per-label id indexes add nothing.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX entity_area_id IF NOT EXISTS FOR (n:Entity) ON (n.areaId);
// Document source texts (api/src/documents/texts.ts, decision 0022): one per document.
CREATE CONSTRAINT source_text_document_unique IF NOT EXISTS FOR (t:SourceText) REQUIRE t.documentId IS UNIQUE;
CREATE INDEX source_text_document IF NOT EXISTS FOR (t:SourceText) ON (t.documentId);
