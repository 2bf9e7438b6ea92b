// An area's versions, newest first, without their graphs.
MATCH (v:AreaVersion {areaId: $areaId})
RETURN v.areaId AS areaId, v.version AS version, v.at AS at, v.accountId AS accountId,
  v.actorName AS actorName, v.reason AS reason, v.provenance AS provenance, v.sha256 AS sha256,
  v.nodeCount AS nodeCount, v.relationshipCount AS relationshipCount, v.action AS action
ORDER BY version DESC
