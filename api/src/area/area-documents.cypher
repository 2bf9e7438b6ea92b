// The documents of several areas, ordered by area then effective date then id.
MATCH (d:Document)
WHERE d.areaId IN $areaIds
RETURN d.areaId AS areaId, d.id AS id, d.title AS title, d.status AS status,
       d.effectiveFrom AS effectiveFrom
ORDER BY areaId, effectiveFrom, id
