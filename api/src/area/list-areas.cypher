// Every area, ordered by id.
MATCH (a:Area)
RETURN a.id AS id, a.name AS name
ORDER BY id
