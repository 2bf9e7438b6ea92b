// Test harness only: empties the audit log and the kept area versions (not
// :Entity nodes, so clear-graph leaves them) before the cases that read them.
MATCH (n)
WHERE n:Change OR n:AreaVersion
DETACH DELETE n
