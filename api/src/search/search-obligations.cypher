// Search candidates among obligation texts: obligations (of one area when $areaId is
// given) whose lower-cased text contains $needle, or does so once folded with $folds
// ([from, to] pairs, as $needle was; only texts $foldable matches need folding).
// Bounded by $candidateLimit, ordered by document then id.
MATCH (n:Obligation)
WHERE ($areaId IS NULL OR n.areaId = $areaId)
WITH n, toLower(n.text) AS raw
WHERE raw CONTAINS $needle
   OR (raw =~ $foldable AND reduce(h = raw, f IN $folds | replace(h, f[0], f[1])) CONTAINS $needle)
RETURN n.id AS id, n.documentId AS documentId, n.text AS text,
       n.validFrom AS validFrom, n.validTo AS validTo
ORDER BY documentId, id
LIMIT $candidateLimit
