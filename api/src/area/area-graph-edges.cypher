// The relationships of several areas with the given types (chosen by the caller from a fixed list).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.areaId IN $areaIds AND type(r) IN $types
RETURN r.areaId AS areaId, r.id AS id, type(r) AS type, a.id AS source, b.id AS target,
       r.documentId AS documentId, r.validFrom AS validFrom, r.validTo AS validTo
ORDER BY areaId, id
