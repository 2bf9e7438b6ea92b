// One version of an area with its canonical JSON (to restore it).
MATCH (v:AreaVersion {areaId: $areaId, version: $version})
RETURN v.version AS version, v.graph AS graph, v.sha256 AS sha256
