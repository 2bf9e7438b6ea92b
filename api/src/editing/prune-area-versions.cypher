// Drops the kept versions of an area that the retention rule lets go (decision 0042):
// every version of $areaId whose number is not in $keep.
MATCH (v:AreaVersion)
WHERE v.areaId = $areaId AND NOT v.version IN $keep
DELETE v
RETURN count(*) AS pruned
