// The relationships stated by the documents of several areas, counted per area and
// period; HAS_OBLIGATION is left out (derived from obligations, counted as those).
// Anchored on the areaId index of the endpoints (no index covers r.areaId,
// docs/architecture.md): statements leaving or reaching a node of the areas, plus
// those between two nodes without an area; UNION keeps each statement once.
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.areaId IN $areaIds AND r.areaId IN $areaIds AND type(r) <> 'HAS_OBLIGATION'
  RETURN r, a, b
  UNION
  MATCH (b:Entity)<-[r]-(a:Entity)
  WHERE b.areaId IN $areaIds AND r.areaId IN $areaIds AND type(r) <> 'HAS_OBLIGATION'
  RETURN r, a, b
  UNION
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.areaId IS NULL AND b.areaId IS NULL AND r.areaId IN $areaIds
    AND type(r) <> 'HAS_OBLIGATION'
  RETURN r, a, b
}
RETURN r.areaId AS areaId, r.validFrom AS validFrom, r.validTo AS validTo, count(*) AS count
