// Every area id, for findings over all areas.
MATCH (a:Area)
RETURN a.id AS id
ORDER BY id
