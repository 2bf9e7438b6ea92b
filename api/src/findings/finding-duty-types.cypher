// The duty type of each obligation (OF_TYPE) in the areas in $areas (a map
// areaId -> true), in force at $asOf. Derived links: no evidence, no other
// fields.
MATCH (a:Entity)-[r:OF_TYPE]->(b:Entity)
WHERE $areas[r.areaId] = true
  AND r.validFrom <= $asOf
  AND (r.validTo IS NULL OR r.validTo > $asOf)
RETURN r.id AS id, a.id AS from, b.id AS to, r.areaId AS areaId,
  r.documentId AS documentId, r.validFrom AS validFrom, r.validTo AS validTo
