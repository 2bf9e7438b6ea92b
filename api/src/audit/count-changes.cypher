// How many changes an area's audit log holds.
MATCH (c:Change {areaId: $areaId})
RETURN count(c) AS count
