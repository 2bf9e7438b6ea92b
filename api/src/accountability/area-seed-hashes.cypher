// The seed hash of each given area (null when loaded without one), through the
// id index: the accountability cache checks it on every request.
MATCH (a:Entity)
WHERE a.id IN $areaIds AND a:Area
RETURN a.id AS id, a.seedHash AS seedHash
ORDER BY id
