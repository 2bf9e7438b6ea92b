// The documents of the areas in $areas (a map areaId -> true), with all their
// properties: few rows, and the rules read many of their fields.
MATCH (n:Document)
WHERE $areas[n.areaId] = true
RETURN n.id AS id, properties(n) AS props
