// An area's whole audit log, oldest first (the export).
MATCH (c:Change {areaId: $areaId})
RETURN c.id AS id, c.areaId AS areaId, c.seq AS seq, c.at AS at, c.accountId AS accountId,
  c.actorName AS actorName, c.action AS action, c.targetId AS targetId, c.before AS before,
  c.after AS after, c.reason AS reason
ORDER BY seq
