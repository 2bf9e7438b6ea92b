// One page of an area's audit log, newest first: the changes numbered below
// $beforeSeq (null: from the newest), at most $limit of them.
MATCH (c:Change {areaId: $areaId})
WHERE $beforeSeq IS NULL OR c.seq < $beforeSeq
RETURN c.id AS id, c.areaId AS areaId, c.seq AS seq, c.at AS at, c.accountId AS accountId,
  c.actorName AS actorName, c.action AS action, c.targetId AS targetId, c.before AS before,
  c.after AS after, c.reason AS reason
ORDER BY seq DESC
LIMIT $limit
