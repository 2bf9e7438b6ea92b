// Ids of the bodies, posts, organisations and persons of several areas.
MATCH (n:Entity)
WHERE n.areaId IN $areaIds AND (n:Body OR n:Post OR n:Organisation OR n:Person)
RETURN n.areaId AS areaId, n.id AS id
ORDER BY areaId, id
