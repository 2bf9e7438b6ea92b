// First statement of every area write (publishAreaVersion): rewrites the Area
// node's seed hash to itself, which takes the node's write lock on Neo4j until
// the transaction ends, so two writers of one area read its version one after
// the other (the embedded store serialises writes anyway). No row: no area yet.
MATCH (a:Area {id: $areaId})
SET a.seedHash = a.seedHash
RETURN a.id AS id
