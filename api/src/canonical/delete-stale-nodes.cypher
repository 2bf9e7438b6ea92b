// Before a reload of $areas: deletes their nodes (by areaId) that the new
// graph does not hold ($keepIds), with their relationships. Taxonomy and
// national nodes have no areaId and are never deleted here.
MATCH (n:Entity)
WHERE n.areaId IN $areas AND NOT n.id IN $keepIds
DETACH DELETE n
RETURN count(*) AS count
