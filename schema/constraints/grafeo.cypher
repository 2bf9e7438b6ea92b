// Constraints and indexes on the embedded Grafeo store (run by ensureSchema()).
// A Grafeo constraint alone gives no index: without the id index a 10k-node
// MERGE load is quadratic (stack notes, rule 3). Measured on Grafeo 0.6.0 with
// 10k nodes: load 0.22 s; a (:Body {id}) lookup reads one row through the
// Entity id index, so per-label id indexes add nothing.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX entity_area_id IF NOT EXISTS FOR (n:Entity) ON (n.areaId);
// Accounts and sessions (api/src/auth, decision 0023): a constraint plus an index each.
CREATE CONSTRAINT account_id_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE INDEX account_id IF NOT EXISTS FOR (n:Account) ON (n.id);
CREATE CONSTRAINT account_email_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.email IS UNIQUE;
CREATE INDEX account_email IF NOT EXISTS FOR (n:Account) ON (n.email);
CREATE CONSTRAINT session_id_unique IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE INDEX session_id IF NOT EXISTS FOR (n:Session) ON (n.id);
CREATE INDEX session_account_id IF NOT EXISTS FOR (n:Session) ON (n.accountId);
