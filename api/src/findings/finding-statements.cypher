// The other statements the rules read (every type of FACT_TYPES but
// HAS_OBLIGATION and OF_TYPE, which have queries of their own) in the areas in
// $areas (a map areaId -> true), in force at $asOf, every field by name.
MATCH (a:Entity)-[r:ACCOUNTABLE_TO|BASED_ON|CHAIRS|CONSULTS|DISCHARGED_THROUGH|ESCALATES_TO|GOVERNS|HOLDS_TO_ACCOUNT|INFORMS|MEMBER_OF|POST_OF|REPORTS_TO|SUBGROUP_OF|SUCCEEDED_BY]->(b:Entity)
WHERE $areas[r.areaId] = true
  AND r.validFrom <= $asOf
  AND (r.validTo IS NULL OR r.validTo > $asOf)
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.areaId AS areaId,
  r.documentId AS documentId, r.validFrom AS validFrom, r.validTo AS validTo,
  r.key AS key, r.capacity AS capacity, r.note AS note, r.joint AS joint,
  r.mode AS mode, r.artefact AS artefact, r.cadence AS cadence, r.timing AS timing,
  r.presenter AS presenter, r.subject AS subject, r.route AS route, r.step AS step,
  r.date AS date,
  r.evidenceDocuments AS evidenceDocuments, r.evidenceQuotes AS evidenceQuotes,
  r.evidenceSections AS evidenceSections, r.evidenceStarts AS evidenceStarts,
  r.evidenceEnds AS evidenceEnds
