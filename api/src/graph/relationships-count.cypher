// How many relationships each given node has under the filters of
// relationships-page.cypher (the connection's totalCount): the same
// directions, types and date, every page.
UNWIND $ids AS nodeId
CALL (nodeId) {
  MATCH (n:Entity {id: nodeId})-[r]-(m:Entity)
  WHERE (($outgoing AND startNode(r).id = nodeId) OR ($incoming AND endNode(r).id = nodeId))
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR (
      (r.validFrom IS NULL OR r.validFrom = '' OR r.validFrom <= $asOf)
      AND (r.validTo IS NULL OR r.validTo = '' OR r.validTo > $asOf)))
  RETURN count(DISTINCT r) AS total
}
RETURN nodeId, total
ORDER BY nodeId
