// Records the hash of the seed an area was loaded from (writeGraph seedHashes).
MATCH (a:Area {id: $areaId})
SET a.seedHash = $seedHash
RETURN a.id AS id
