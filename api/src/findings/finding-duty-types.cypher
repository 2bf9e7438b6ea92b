// The duty type of each obligation (OF_TYPE) in the areas in $areas (a map
// areaId -> true), in force at $asOf: the two ends only (derived links, no
// evidence).
MATCH (a:Entity)-[r:OF_TYPE]->(b:Entity)
WHERE $areas[r.areaId] = true
  AND r.validFrom <= $asOf
  AND (r.validTo IS NULL OR r.validTo > $asOf)
RETURN a.id AS from, b.id AS to
