// Search candidates among names: bodies, posts, organisations, persons, documents and
// duty types whose name, title, label, code or any alias contains $needle. The haystack
// is lower-cased; only when it holds a character $foldable matches (non-ASCII or `) is
// it folded with the caller's $folds ([from, to] pairs: curly apostrophes to ',
// accented letters to their base letter), as $needle was. Kinds are chosen by the
// boolean parameters $body ... $dutyType. Restricted to one area when $areaId is given
// (duty types belong to no area: always searched). Bounded by $candidateLimit,
// shortest names first (exact and prefix matches are short), then by id.
// One label scan per kind asked (a scan of every node with a label disjunction is
// several times slower on Grafeo); search-names-in-area.cypher serves one area.
CALL {
  MATCH (n:Body) WHERE $body RETURN n
  UNION
  MATCH (n:Post) WHERE $post RETURN n
  UNION
  MATCH (n:Organisation) WHERE $organisation RETURN n
  UNION
  MATCH (n:Person) WHERE $person RETURN n
  UNION
  MATCH (n:Document) WHERE $document RETURN n
  UNION
  MATCH (n:DutyType) WHERE $dutyType RETURN n
}
WITH n
WHERE $areaId IS NULL OR n.areaId = $areaId OR n:DutyType
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
