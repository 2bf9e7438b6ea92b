// The statements (relationships) of the given areas that the rules read:
// those of the given types in force at $asOf (validFrom <= asOf < validTo;
// against a full $asOf date, string order of ISO dates equals first-day order).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.areaId IN $areaIds
  AND type(r) IN $types
  AND r.validFrom <= $asOf
  AND (r.validTo IS NULL OR r.validTo > $asOf)
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY id
