// Every search candidate among obligation texts (search-obligations.cypher without
// $needle), with its lower-cased text (`raw`) and its area. Loaded once per write
// generation (graph cache `search`); search.service.ts filters it as the query would.
MATCH (n:Obligation)
RETURN n.id AS id, n.areaId AS areaId, toLower(n.text) AS raw, n.documentId AS documentId,
       n.text AS text, n.validFrom AS validFrom, n.validTo AS validTo
ORDER BY id
