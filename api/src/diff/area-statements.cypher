// Every relationship of one area of the given types (the caller passes a fixed list), all periods, ordered by id.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.areaId = $areaId AND type(r) IN $types
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY id
