// The obligations of several areas, counted per area and period (validFrom, validTo).
MATCH (o:Obligation)
WHERE o.areaId IN $areaIds
RETURN o.areaId AS areaId, o.validFrom AS validFrom, o.validTo AS validTo, count(*) AS count
