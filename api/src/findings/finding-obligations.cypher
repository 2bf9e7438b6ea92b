// The obligations of the areas in $areas (a map areaId -> true) in force at
// $asOf (validFrom <= asOf < validTo; against a full $asOf date, string order
// of ISO dates equals first-day order): the properties the rules read, by
// name, and the quotes' text.
MATCH (n:Obligation)
WHERE $areas[n.areaId] = true
  AND n.validFrom <= $asOf
  AND (n.validTo IS NULL OR n.validTo > $asOf)
RETURN n.id AS id, n.areaId AS areaId, n.documentId AS documentId, n.text AS text,
  n.lead AS lead, n.shared AS shared,
  n.deadlineValue AS deadlineValue, n.deadlineUnit AS deadlineUnit,
  n.deadlineAnchor AS deadlineAnchor, n.evidenceQuotes AS quotes
