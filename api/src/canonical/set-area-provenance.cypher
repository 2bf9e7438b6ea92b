// Records how an area's content reached the store (writeGraph `provenance`):
// bundled (the bundled area files), imported (`seed import`) or edited (a
// mutation), when, and by whom where known ($by may be null). A bundled reload
// leaves imported and edited areas alone (decision 0022).
MATCH (a:Area {id: $areaId})
SET a.areaProvenance = $provenance, a.areaProvenanceAt = $at, a.areaProvenanceBy = $by
RETURN a.id AS id
