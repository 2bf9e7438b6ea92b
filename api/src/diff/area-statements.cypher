// Every relationship of one area of the given types (the caller passes a fixed list), all periods, ordered by id.
// Anchored on the areaId index of the endpoints (no index covers r.areaId, docs/architecture.md):
// statements leaving or reaching a node of the area, plus those between two nodes without an area.
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.areaId = $areaId AND r.areaId = $areaId AND type(r) IN $types
  RETURN r, a, b
  UNION
  MATCH (b:Entity)<-[r]-(a:Entity)
  WHERE b.areaId = $areaId AND r.areaId = $areaId AND type(r) IN $types
  RETURN r, a, b
  UNION
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.areaId IS NULL AND b.areaId IS NULL AND r.areaId = $areaId AND type(r) IN $types
  RETURN r, a, b
}
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY id
