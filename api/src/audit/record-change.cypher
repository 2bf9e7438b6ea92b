// Appends one change to an area's audit log (recordChange, in the caller's
// transaction), numbered one after the area's last change.
OPTIONAL MATCH (last:Change {areaId: $areaId})
WITH coalesce(max(last.seq), 0) + 1 AS seq
CREATE (c:Change {id: $areaId + '#change-' + toString(seq), areaId: $areaId, seq: seq, at: $at,
  accountId: $accountId, actorName: $actorName, action: $action, targetId: $targetId,
  before: $before, after: $after, reason: $reason})
RETURN c.id AS id, c.seq AS seq
