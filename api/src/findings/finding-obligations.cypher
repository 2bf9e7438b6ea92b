// The obligations of the areas in $areas (a map areaId -> true) in force at
// $asOf (validFrom <= asOf < validTo; against a full $asOf date, string order
// of ISO dates equals first-day order), every field by name.
MATCH (n:Obligation)
WHERE $areas[n.areaId] = true
  AND n.validFrom <= $asOf
  AND (n.validTo IS NULL OR n.validTo > $asOf)
RETURN n.id AS id, n.areaId AS areaId, n.documentId AS documentId, n.text AS text,
  n.modality AS modality, n.lead AS lead, n.shared AS shared, n.cadence AS cadence,
  n.deadlineValue AS deadlineValue, n.deadlineUnit AS deadlineUnit,
  n.deadlineAnchor AS deadlineAnchor, n.validFrom AS validFrom, n.validTo AS validTo,
  n.evidenceDocuments AS evidenceDocuments, n.evidenceQuotes AS evidenceQuotes,
  n.evidenceSections AS evidenceSections, n.evidenceStarts AS evidenceStarts,
  n.evidenceEnds AS evidenceEnds
