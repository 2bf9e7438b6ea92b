// Keeps one version of an area: its canonical JSON and who made it, when, why and by what
// action (area.publish for a whole-area publish; the edit's action otherwise).
CREATE (v:AreaVersion {id: $id, areaId: $areaId, version: toInteger($version), at: $at,
  accountId: $accountId, actorName: $actorName, reason: $reason, provenance: $provenance,
  sha256: $sha256, nodeCount: toInteger($nodeCount),
  relationshipCount: toInteger($relationshipCount), action: $action, graph: $graph})
RETURN v.id AS id, v.version AS version
