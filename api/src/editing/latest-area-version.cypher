// Whether an area exists, and the number of its newest kept version (null: none yet).
OPTIONAL MATCH (a:Area {id: $areaId})
WITH count(a) AS areas
OPTIONAL MATCH (v:AreaVersion {areaId: $areaId})
RETURN areas > 0 AS exists, max(v.version) AS version
