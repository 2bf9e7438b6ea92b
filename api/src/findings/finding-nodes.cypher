// The nodes the findings rules read for the given areas (agents, documents,
// and the obligations in force at $asOf, with all properties), plus the
// national agents (no areaId). Dates are ISO strings of varying precision;
// against a full $asOf date, string order equals first-day order.
MATCH (n:Entity)
WHERE (n.areaId IN $areaIds OR n.areaId IS NULL)
  AND (n:Body OR n:Post OR n:Organisation OR n:Person OR n:Document
    OR (n:Obligation AND n.validFrom <= $asOf AND (n.validTo IS NULL OR n.validTo > $asOf)))
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
