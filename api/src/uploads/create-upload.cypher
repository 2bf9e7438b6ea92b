// An uploaded document's extracted text and provenance (api/src/uploads).
// Not a graph fact: a label outside the canonical Entity set.
CREATE (u:Upload {id: $id})
SET u.fileName = $fileName,
    u.format = $format,
    u.bytes = $bytes,
    u.sha256 = $sha256,
    u.extractor = $extractor,
    u.pages = $pages,
    u.text = $text,
    u.createdBy = $createdBy,
    u.createdAt = $createdAt
RETURN u.id AS id
