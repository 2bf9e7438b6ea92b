// The agents the findings rules read: bodies, posts, organisations and persons
// of the areas in $areas (a map areaId -> true: one hashed lookup per node,
// where `IN $list` compares with every item) plus the national ones (no
// areaId). Named columns only (properties(n) is several times slower on the
// embedded store); the evidence lists are the five stored ones.
MATCH (n:Entity)
WHERE (n:Body OR n:Post OR n:Organisation OR n:Person)
  AND (n.areaId IS NULL OR $areas[n.areaId] = true)
RETURN n.id AS id, labels(n) AS labels, n.areaId AS areaId, n.name AS name,
  n.aliases AS aliases, n.kind AS kind, n.function AS function,
  n.statutory AS statutory, n.validFrom AS validFrom, n.validTo AS validTo,
  n.evidenceDocuments AS evidenceDocuments, n.evidenceQuotes AS evidenceQuotes,
  n.evidenceSections AS evidenceSections, n.evidenceStarts AS evidenceStarts,
  n.evidenceEnds AS evidenceEnds
