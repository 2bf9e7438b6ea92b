// Every Area with how its content reached the store (null where it was
// written before provenance was recorded: treated as bundled).
MATCH (a:Area)
RETURN a.id AS id, a.areaProvenance AS provenance, a.areaProvenanceAt AS at,
  a.areaProvenanceBy AS by
ORDER BY id
