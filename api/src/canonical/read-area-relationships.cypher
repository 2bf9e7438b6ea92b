// The relationships of $areas (readGraph): those with their areaId, and
// derived ones without areaId that touch a node of the areas.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.areaId IN $areas
  OR (r.areaId IS NULL AND (a.areaId IN $areas OR b.areaId IN $areas))
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY id
