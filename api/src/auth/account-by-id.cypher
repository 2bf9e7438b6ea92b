// One account by id, with its password hash.
MATCH (a:Account {id: $id})
RETURN a.id AS id, a.email AS email, a.displayName AS displayName, a.passwordHash AS passwordHash,
       a.role AS role, a.areaRoles AS areaRoles, a.disabled AS disabled
