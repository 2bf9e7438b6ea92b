// A draft under review (api/src/drafts): its proposals as JSON. Not a graph
// fact: a label outside the canonical Entity set.
CREATE (d:ReviewDraft {id: $id})
SET d.areaId = $areaId,
    d.year = $year,
    d.uploadId = $uploadId,
    d.status = 'OPEN',
    d.revision = 1,
    d.body = $body,
    d.createdBy = $createdBy,
    d.createdAt = $now,
    d.updatedAt = $now
RETURN d.id AS id, d.revision AS revision
