// Every search candidate among names (search-names.cypher without $needle): bodies,
// posts, organisations, persons, documents and duty types, each with the lower-cased
// text search-names.cypher matches $needle against (`raw`, built the same way), the
// length it orders by, the kinds it is of and its area. Loaded once per write
// generation (graph cache `search`); search.service.ts filters it as the query would.
CALL {
  MATCH (n:Body) RETURN n
  UNION
  MATCH (n:Post) RETURN n
  UNION
  MATCH (n:Organisation) RETURN n
  UNION
  MATCH (n:Person) RETURN n
  UNION
  MATCH (n:Document) RETURN n
  UNION
  MATCH (n:DutyType) RETURN n
}
RETURN n.id AS id,
       CASE
         WHEN n:Body THEN 'Body'
         WHEN n:Post THEN 'Post'
         WHEN n:Organisation THEN 'Organisation'
         WHEN n:Person THEN 'Person'
         WHEN n:Document THEN 'Document'
         ELSE 'DutyType'
       END AS label,
       n:Body AS body, n:Post AS post, n:Organisation AS organisation, n:Person AS person,
       n:Document AS document, n:DutyType AS dutyType, n.areaId AS areaId,
       toLower(
         coalesce(n.name, '') + ' | ' + coalesce(n.title, '') + ' | ' + coalesce(n.label, '') +
         ' | ' + coalesce(n.code, '') + reduce(s = '', a IN coalesce(n.aliases, []) | s + ' | ' + a)
       ) AS raw,
       size(coalesce(n.name, n.title, n.label, n.id)) AS nameLength,
       coalesce(n.name, n.title, n.label) AS name, coalesce(n.aliases, []) AS aliases,
       n.code AS code, coalesce(n.validFrom, n.effectiveFrom) AS validFrom,
       coalesce(n.validTo, n.effectiveTo) AS validTo
ORDER BY id
