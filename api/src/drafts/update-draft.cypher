// Saves a reviewed draft when nobody saved it since `revision`: no row means
// the draft changed (or does not exist) and nothing was written.
MATCH (d:ReviewDraft {id: $id})
WHERE d.revision = $revision AND d.status = 'OPEN'
SET d.body = $body,
    d.status = $status,
    d.revision = $revision + 1,
    d.updatedAt = $now
RETURN d.revision AS revision
