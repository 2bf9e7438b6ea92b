// Test harness only: empties the graph between contract cases (the Entity
// nodes and the document texts, :SourceText, decision 0022).
MATCH (n)
WHERE n:Entity OR n:SourceText
DETACH DELETE n
