// search-obligations.cypher for one area ($areaId), anchored on the areaId index: the
// area's obligations whose lower-cased text contains $needle, or does so once folded
// with $folds ([from, to] pairs; only texts $foldable matches need folding).
// Bounded by $candidateLimit, ordered by document then id.
MATCH (n:Entity)
WHERE n.areaId = $areaId AND n:Obligation
WITH n, toLower(n.text) AS raw
WHERE raw CONTAINS $needle
   OR (raw =~ $foldable AND reduce(h = raw, f IN $folds | replace(h, f[0], f[1])) CONTAINS $needle)
RETURN n.id AS id, n.documentId AS documentId, n.text AS text,
       n.validFrom AS validFrom, n.validTo AS validTo
ORDER BY documentId, id
LIMIT $candidateLimit
