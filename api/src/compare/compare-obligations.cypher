// Every holder x obligation x duty type of the given areas (all periods; the caller keeps those current).
MATCH (h:Entity)-[ho:HAS_OBLIGATION]->(o:Obligation)-[:OF_TYPE]->(t:DutyType)
WHERE o.areaId IN $areaIds
RETURN o.areaId AS areaId, t.id AS dutyTypeId, h.id AS holderId, o.id AS obligationId,
       o.documentId AS documentId, o.shared AS shared, ho.lead AS lead,
       o.validFrom AS validFrom, o.validTo AS validTo,
       ho.validFrom AS linkFrom, ho.validTo AS linkTo
ORDER BY areaId, dutyTypeId, holderId, documentId, obligationId
