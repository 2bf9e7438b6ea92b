// The agents the findings rules read: bodies, posts, organisations and persons
// of the areas in $areas (a map areaId -> true: one hashed lookup per node,
// where `IN $list` compares with every item) plus the national ones (no
// areaId). One label scan each (UNION ALL: about twice as fast on the embedded
// store as one scan of every Entity testing labels). Only the properties the
// rules read, by name (properties(n) is several times slower on the embedded
// store), and the quotes' text: where each quote stands is read only for the
// findings a client displays.
MATCH (n:Body)
WHERE n.areaId IS NULL OR $areas[n.areaId] = true
RETURN n.id AS id, 'Body' AS label, n.areaId AS areaId, n.name AS name,
  n.aliases AS aliases, n.kind AS kind, n.function AS function,
  n.statutory AS statutory, n.validFrom AS validFrom, n.validTo AS validTo,
  n.evidenceQuotes AS quotes
UNION ALL
MATCH (n:Post)
WHERE n.areaId IS NULL OR $areas[n.areaId] = true
RETURN n.id AS id, 'Post' AS label, n.areaId AS areaId, n.name AS name,
  n.aliases AS aliases, n.kind AS kind, n.function AS function,
  n.statutory AS statutory, n.validFrom AS validFrom, n.validTo AS validTo,
  n.evidenceQuotes AS quotes
UNION ALL
MATCH (n:Organisation)
WHERE n.areaId IS NULL OR $areas[n.areaId] = true
RETURN n.id AS id, 'Organisation' AS label, n.areaId AS areaId, n.name AS name,
  n.aliases AS aliases, n.kind AS kind, n.function AS function,
  n.statutory AS statutory, n.validFrom AS validFrom, n.validTo AS validTo,
  n.evidenceQuotes AS quotes
UNION ALL
MATCH (n:Person)
WHERE n.areaId IS NULL OR $areas[n.areaId] = true
RETURN n.id AS id, 'Person' AS label, n.areaId AS areaId, n.name AS name,
  n.aliases AS aliases, n.kind AS kind, n.function AS function,
  n.statutory AS statutory, n.validFrom AS validFrom, n.validTo AS validTo,
  n.evidenceQuotes AS quotes
