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
// Accounts and sessions (api/src/auth, decision 0023): a constraint plus an index each.
CREATE CONSTRAINT account_id_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE INDEX account_id IF NOT EXISTS FOR (n:Account) ON (n.id);
CREATE CONSTRAINT account_email_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.email IS UNIQUE;
CREATE INDEX account_email IF NOT EXISTS FOR (n:Account) ON (n.email);
CREATE CONSTRAINT session_id_unique IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE INDEX session_id IF NOT EXISTS FOR (n:Session) ON (n.id);
CREATE INDEX session_account_id IF NOT EXISTS FOR (n:Session) ON (n.accountId);
// The audit trail and kept area versions (api/src/audit, api/src/editing, decision 0024).
CREATE CONSTRAINT change_id_unique IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_id IF NOT EXISTS FOR (n:Change) ON (n.id);
CREATE INDEX change_area_id IF NOT EXISTS FOR (n:Change) ON (n.areaId);
CREATE CONSTRAINT area_version_id_unique IF NOT EXISTS FOR (n:AreaVersion) REQUIRE n.id IS UNIQUE;
CREATE INDEX area_version_id IF NOT EXISTS FOR (n:AreaVersion) ON (n.id);
CREATE INDEX area_version_area_id IF NOT EXISTS FOR (n:AreaVersion) ON (n.areaId);
