// Ids of the nodes of an area that a relationship stated by one document touches
// (either end; HAS_OBLIGATION counts, so an obligation's holders are mentioned).
MATCH (n:Entity)-[r]-(:Entity)
WHERE n.areaId = $areaId AND r.documentId = $documentId
RETURN DISTINCT n.id AS id
ORDER BY id
