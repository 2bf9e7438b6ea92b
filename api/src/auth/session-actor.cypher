// The account behind a live session: none when the session is unknown, expired, or its account disabled.
MATCH (s:Session {id: $id})
WHERE s.expiresAt > $now
MATCH (a:Account {id: s.accountId})
WHERE a.disabled = false
RETURN s.csrfToken AS csrfToken, s.expiresAt AS expiresAt, a.id AS id, a.email AS email,
       a.displayName AS displayName, a.role AS role, a.areaRoles AS areaRoles
