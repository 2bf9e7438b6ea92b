// Upserts ESCALATES_TO relationships (writeGraph). row: {id, from, to, props}; a row whose
// endpoints do not exist is skipped, so count < rows means dangling endpoints.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:ESCALATES_TO {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS count
