// Ends one session (sign-out).
MATCH (s:Session {id: $id})
WITH s, s.id AS id
DELETE s
RETURN id
