// A new account. areaRoles is a JSON object text {"areaId": "role"} (Neo4j properties hold no maps);
// passwordHash is an argon2id PHC string, or "" for an account that signs in only through OIDC.
CREATE (a:Account {id: $id, email: $email, displayName: $displayName, passwordHash: $passwordHash,
                   role: $role, areaRoles: $areaRoles, disabled: false, createdAt: $now})
RETURN a.id AS id
