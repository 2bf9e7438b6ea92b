// Ids of the bodies, posts, organisations and persons of one area.
MATCH (n:Entity {areaId: $areaId})
WHERE n:Body OR n:Post OR n:Organisation OR n:Person
RETURN n.id AS id
ORDER BY id
