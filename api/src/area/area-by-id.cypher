// One area by id (no row when unknown).
MATCH (a:Area {id: $id})
RETURN a.id AS id, a.name AS name
