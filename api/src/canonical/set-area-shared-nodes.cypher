// Records the shared nodes (national, taxonomy: no areaId) an area's graph
// holds that none of its relationships reaches (writeGraph), so that an
// export keeps them (readGraph).
// $ids is null when there are none (the property is then removed).
MATCH (a:Area {id: $areaId})
SET a.sharedNodeIds = $ids
RETURN a.id AS id
