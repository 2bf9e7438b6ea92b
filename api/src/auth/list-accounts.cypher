// Every account, ordered by e-mail address (no password hashes).
MATCH (a:Account)
RETURN a.id AS id, a.email AS email, a.displayName AS displayName, a.role AS role,
       a.areaRoles AS areaRoles, a.disabled AS disabled
ORDER BY email
