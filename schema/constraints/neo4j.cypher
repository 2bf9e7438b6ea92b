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
// Accounts and sessions (api/src/auth, decision 0023): outside the Entity set, looked up by id,
// e-mail (sign-in) and session id (every request with a session cookie).
CREATE CONSTRAINT account_id_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT account_email_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_id_unique IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE INDEX session_account_id IF NOT EXISTS FOR (n:Session) ON (n.accountId);
// The audit trail and kept area versions (api/src/audit, api/src/editing, decision 0024): a
// change's id holds its area and number, so two writers can never both record number n.
CREATE CONSTRAINT change_id_unique IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_area_id IF NOT EXISTS FOR (n:Change) ON (n.areaId);
CREATE CONSTRAINT area_version_id_unique IF NOT EXISTS FOR (n:AreaVersion) REQUIRE n.id IS UNIQUE;
CREATE INDEX area_version_area_id IF NOT EXISTS FOR (n:AreaVersion) ON (n.areaId);
