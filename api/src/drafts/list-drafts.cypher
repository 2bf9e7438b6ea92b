// The drafts of an area, newest first.
MATCH (d:ReviewDraft)
WHERE d.areaId = $areaId
RETURN d.id AS id, d.areaId AS areaId, d.year AS year, d.uploadId AS uploadId,
       d.status AS status, d.revision AS revision, d.body AS body,
       d.createdBy AS createdBy, d.createdAt AS createdAt, d.updatedAt AS updatedAt
ORDER BY d.createdAt DESC, d.id
