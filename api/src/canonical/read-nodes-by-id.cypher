// Nodes by id (readGraph: the taxonomy and national nodes an area refers to).
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
