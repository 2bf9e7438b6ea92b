// Removes sessions past their expiry (run at each sign-in; an expired session is refused anyway).
MATCH (s:Session)
WHERE s.expiresAt <= $now
WITH s, s.id AS id
DELETE s
RETURN id
