// Removes one upload (and nothing else).
MATCH (u:Upload {id: $id})
DELETE u
RETURN count(*) AS deleted
