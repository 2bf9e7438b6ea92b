// Every Area with the hash of the seed it was loaded from (null if none).
MATCH (a:Area)
RETURN a.id AS id, a.seedHash AS seedHash
ORDER BY id
