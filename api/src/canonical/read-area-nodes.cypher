// The nodes of $areas (readGraph): those with their areaId, and the Area
// nodes themselves.
MATCH (n:Entity)
WHERE n.areaId IN $areas OR (n:Area AND n.id IN $areas)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
