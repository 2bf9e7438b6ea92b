// Every relationship arriving at the given nodes. The anchored node comes
// first in the pattern: Grafeo plans from the left-most node (docs/architecture.md).
MATCH (b:Entity)<-[r]-(a:Entity)
WHERE b.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY id
