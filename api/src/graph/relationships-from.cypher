// Every relationship leaving the given nodes.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY id
