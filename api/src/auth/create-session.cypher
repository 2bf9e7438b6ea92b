// A session of an enabled account. id is the SHA-256 of the cookie's token (the token itself is never stored).
MATCH (a:Account {id: $accountId})
WHERE a.disabled = false
CREATE (s:Session {id: $id, accountId: a.id, csrfToken: $csrfToken, createdAt: $now, expiresAt: $expiresAt})
RETURN s.id AS id
