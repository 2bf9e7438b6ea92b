// The drawable nodes with the given ids (bodies, posts, organisations, persons).
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.kind AS kind, n.function AS function
ORDER BY id
