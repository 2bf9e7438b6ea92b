// One draft by id.
MATCH (d:ReviewDraft {id: $id})
RETURN d.id AS id, d.areaId AS areaId, d.year AS year, d.uploadId AS uploadId,
       d.status AS status, d.revision AS revision, d.body AS body,
       d.createdBy AS createdBy, d.createdAt AS createdAt, d.updatedAt AS updatedAt
