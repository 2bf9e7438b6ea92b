// Before a reload of $areas: deletes their relationships that the new graph
// does not hold ($keepIds). A relationship belongs to an area by its areaId,
// or (derived ones without areaId) by the areaId of its start node.
MATCH (a:Entity)-[r]->(:Entity)
WHERE (r.areaId IN $areas OR (r.areaId IS NULL AND a.areaId IN $areas))
  AND NOT r.id IN $keepIds
DELETE r
RETURN count(*) AS count
