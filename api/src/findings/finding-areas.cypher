// Every area id with its seed hash (null when loaded without one), for
// findings over all areas and the per-process findings cache.
MATCH (a:Area)
RETURN a.id AS id, a.seedHash AS seedHash
ORDER BY id
