// Posts of one kind in the given areas (every area when $areaIds is empty), ordered by area, then id.
MATCH (p:Post)
WHERE p.kind = $kind AND (size($areaIds) = 0 OR p.areaId IN $areaIds)
RETURN p.id AS id, p.areaId AS areaId
ORDER BY areaId, id
