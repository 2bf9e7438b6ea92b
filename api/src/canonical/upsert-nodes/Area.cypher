// Upserts Area nodes (writeGraph). row: {id, props}; props holds every property,
// id and the evidence lists included: `SET n = row.props` drops stale properties.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:Area
SET n = row.props
RETURN count(n) AS count
