// The accountability statements of one area, all periods: relationships of the
// given types whose areaId is the area and that touch a node of the area
// (national nodes have no areaId; their statements are reached from the area's
// end). The caller filters by period in TypeScript (decision 0004).
MATCH (n:Entity {areaId: $areaId})-[r]-(:Entity)
WHERE r.areaId = $areaId AND type(r) IN $types
WITH DISTINCT r
RETURN r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
       properties(r) AS props
ORDER BY id
