// Who holds each obligation (HAS_OBLIGATION) in the areas in $areas (a map
// areaId -> true), in force at $asOf. No quotes: the rules never decide on
// them (facts.ts UNQUOTED_TYPES), and they are the most numerous statements.
MATCH (a:Entity)-[r:HAS_OBLIGATION]->(b:Entity)
WHERE $areas[r.areaId] = true
  AND r.validFrom <= $asOf
  AND (r.validTo IS NULL OR r.validTo > $asOf)
RETURN r.id AS id, a.id AS from, b.id AS to, r.areaId AS areaId, r.lead AS lead
