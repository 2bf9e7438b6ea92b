// The other statements the rules read (every type they read but
// HAS_OBLIGATION and OF_TYPE, which have queries of their own) in the areas in
// $areas (a map areaId -> true), in force at $asOf: the properties the rules
// read, by name, and the quotes' text.
MATCH (a:Entity)-[r:ACCOUNTABLE_TO|BASED_ON|CHAIRS|CONSULTS|DISCHARGED_THROUGH|ESCALATES_TO|GOVERNS|HOLDS_TO_ACCOUNT|INFORMS|MEMBER_OF|POST_OF|REPORTS_TO|SUBGROUP_OF|SUCCEEDED_BY]->(b:Entity)
WHERE $areas[r.areaId] = true
  AND r.validFrom <= $asOf
  AND (r.validTo IS NULL OR r.validTo > $asOf)
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.areaId AS areaId,
  r.capacity AS capacity, r.mode AS mode, r.artefact AS artefact,
  r.presenter AS presenter, r.evidenceQuotes AS quotes
