// Ends every session of an account (when it is disabled).
MATCH (s:Session {accountId: $accountId})
WITH s, s.id AS id
DELETE s
RETURN id
