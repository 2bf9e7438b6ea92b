// Disables an account: it can no longer sign in, and its sessions stop being honoured.
MATCH (a:Account {id: $id})
SET a.disabled = true
RETURN a.id AS id
