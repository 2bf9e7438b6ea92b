// The relationships of several areas with the given types (chosen by the caller from a fixed list).
// Anchored on the areaId index of the endpoints (no index covers r.areaId; Grafeo plans from the
// left-most node, docs/architecture.md): statements leaving or reaching a node of the areas, plus
// those between two nodes without an area (national bodies), which validation allows.
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.areaId IN $areaIds AND r.areaId IN $areaIds AND type(r) IN $types
  RETURN r, a, b
  UNION
  MATCH (b:Entity)<-[r]-(a:Entity)
  WHERE b.areaId IN $areaIds AND r.areaId IN $areaIds AND type(r) IN $types
  RETURN r, a, b
  UNION
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.areaId IS NULL AND b.areaId IS NULL AND r.areaId IN $areaIds AND type(r) IN $types
  RETURN r, a, b
}
RETURN r.areaId AS areaId, r.id AS id, type(r) AS type, a.id AS source, b.id AS target,
       r.documentId AS documentId, r.validFrom AS validFrom, r.validTo AS validTo,
       r.interpretation AS interpretation
ORDER BY areaId, id
