// The bodies, posts, organisations and persons of several areas, with their own period
// (a node's validFrom/validTo; most nodes have none). Ordered by area, name, id.
MATCH (n:Entity)
WHERE n.areaId IN $areaIds AND (n:Body OR n:Post OR n:Organisation OR n:Person)
RETURN n.areaId AS areaId, n.id AS id,
       CASE
         WHEN n:Body THEN 'Body'
         WHEN n:Post THEN 'Post'
         WHEN n:Organisation THEN 'Organisation'
         ELSE 'Person'
       END AS label,
       n.name AS name, n.validFrom AS validFrom, n.validTo AS validTo
ORDER BY areaId, name, id
