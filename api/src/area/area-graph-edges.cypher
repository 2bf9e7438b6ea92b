// The drawable relationships of one area (types chosen by the caller from a fixed list).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.areaId = $areaId AND type(r) IN $types
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.documentId AS documentId
ORDER BY id
