// Who holds each obligation (HAS_OBLIGATION) in the areas in $areas (a map
// areaId -> true), in force at $asOf, every field by name.
MATCH (a:Entity)-[r:HAS_OBLIGATION]->(b:Entity)
WHERE $areas[r.areaId] = true
  AND r.validFrom <= $asOf
  AND (r.validTo IS NULL OR r.validTo > $asOf)
RETURN r.id AS id, a.id AS from, b.id AS to, r.areaId AS areaId,
  r.documentId AS documentId, r.validFrom AS validFrom, r.validTo AS validTo,
  r.lead AS lead,
  r.evidenceDocuments AS evidenceDocuments, r.evidenceQuotes AS evidenceQuotes,
  r.evidenceSections AS evidenceSections, r.evidenceStarts AS evidenceStarts,
  r.evidenceEnds AS evidenceEnds
