// Test harness only: empties the graph between contract cases.
MATCH (n:Entity)
DETACH DELETE n
