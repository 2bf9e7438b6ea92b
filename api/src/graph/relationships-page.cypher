// One page of each given node's relationships (Node.relationships), paged in
// the store: ordered by relationship id, those after the id $after (null:
// from the start), at most $pageLimit per node (the service asks for one more
// than the page, to know whether another follows). $outgoing / $incoming
// choose the directions; $types (null: all) the types; $asOf (a full date,
// null: any time) keeps statements current then, as isCurrent does:
// validFrom <= asOf < validTo, an absent or empty bound open (against a full
// date, string order of ISO dates of any precision equals first-day order).
// The node is matched by a property map: Grafeo 0.6.0 uses the id index for
// `{id: nodeId}` inside CALL, not for `WHERE n.id = nodeId` (a scan of every
// node per id: 1.8 s against 1 ms on the national set).
UNWIND $ids AS nodeId
CALL (nodeId) {
  MATCH (n:Entity {id: nodeId})-[r]-(m:Entity)
  WHERE (($outgoing AND startNode(r).id = nodeId) OR ($incoming AND endNode(r).id = nodeId))
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (
      (r.validFrom IS NULL OR r.validFrom = '' OR r.validFrom <= $asOf)
      AND (r.validTo IS NULL OR r.validTo = '' OR r.validTo > $asOf)))
    AND ($after IS NULL OR r.id > $after)
  WITH DISTINCT r
  RETURN r
  ORDER BY r.id
  LIMIT $pageLimit
}
RETURN nodeId, r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
  properties(r) AS props
ORDER BY nodeId, id
