// An account's deployment role and area roles (JSON object text), replaced whole.
MATCH (a:Account {id: $id})
SET a.role = $role, a.areaRoles = $areaRoles
RETURN a.id AS id
