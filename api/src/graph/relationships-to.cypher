// Every relationship arriving at the given nodes.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY id
