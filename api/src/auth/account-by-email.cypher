// One account by its (lower-cased) e-mail address, with its password hash.
MATCH (a:Account {email: $email})
RETURN a.id AS id, a.email AS email, a.displayName AS displayName, a.passwordHash AS passwordHash,
       a.role AS role, a.areaRoles AS areaRoles, a.disabled AS disabled
