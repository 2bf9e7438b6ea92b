// Any nodes by id, with all their properties (evidence lists included).
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
