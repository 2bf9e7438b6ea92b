// Every holder x obligation x duty type of the given areas (all periods; the caller keeps those current).
// Anchored on the obligations' areaId index: a pattern that starts at the holder scans every node
// (docs/architecture.md, query shapes).
MATCH (o:Entity)
WHERE o.areaId IN $areaIds AND o:Obligation
MATCH (o)<-[ho:HAS_OBLIGATION]-(h:Entity)
MATCH (o)-[:OF_TYPE]->(t:DutyType)
RETURN o.areaId AS areaId, t.id AS dutyTypeId, h.id AS holderId, o.id AS obligationId,
       o.documentId AS documentId, o.shared AS shared, ho.lead AS lead,
       o.validFrom AS validFrom, o.validTo AS validTo,
       ho.validFrom AS linkFrom, ho.validTo AS linkTo
ORDER BY areaId, dutyTypeId, holderId, documentId, obligationId
