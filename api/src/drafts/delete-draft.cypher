// Removes one draft (and nothing else).
MATCH (d:ReviewDraft {id: $id})
DELETE d
RETURN count(*) AS deleted
