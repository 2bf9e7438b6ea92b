// search-names.cypher for one area ($areaId), anchored on the areaId index: the area's
// bodies, posts, organisations, persons and documents, plus the duty types (they belong
// to no area: always searched), whose name, title, label, code or any alias contains
// $needle (lower-cased; folded with $folds only when $foldable matches). Kinds are
// chosen by $body ... $dutyType. Bounded by $candidateLimit, shortest names first, then id.
CALL {
  MATCH (n:Entity)
  WHERE n.areaId = $areaId
    AND ((n:Body AND $body) OR (n:Post AND $post) OR (n:Organisation AND $organisation)
      OR (n:Person AND $person) OR (n:Document AND $document))
  RETURN n
  UNION
  MATCH (n:DutyType)
  WHERE $dutyType
  RETURN n
}
WITH n,
     toLower(
       coalesce(n.name, '') + ' | ' + coalesce(n.title, '') + ' | ' + coalesce(n.label, '') +
       ' | ' + coalesce(n.code, '') + reduce(s = '', a IN coalesce(n.aliases, []) | s + ' | ' + a)
     ) AS raw
WHERE raw CONTAINS $needle
   OR (raw =~ $foldable AND reduce(h = raw, f IN $folds | replace(h, f[0], f[1])) CONTAINS $needle)
WITH n, size(coalesce(n.name, n.title, n.label, n.id)) AS nameLength
RETURN n.id AS id,
       CASE
         WHEN n:Body THEN 'Body'
         WHEN n:Post THEN 'Post'
         WHEN n:Organisation THEN 'Organisation'
         WHEN n:Person THEN 'Person'
         WHEN n:Document THEN 'Document'
         ELSE 'DutyType'
       END AS label,
       coalesce(n.name, n.title, n.label) AS name, coalesce(n.aliases, []) AS aliases,
       n.code AS code, coalesce(n.validFrom, n.effectiveFrom) AS validFrom,
       coalesce(n.validTo, n.effectiveTo) AS validTo
ORDER BY nameLength, id
LIMIT $candidateLimit
