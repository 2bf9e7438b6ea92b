// One upload by id, with its text.
MATCH (u:Upload {id: $id})
RETURN u.id AS id, u.fileName AS fileName, u.format AS format, u.bytes AS bytes,
       u.sha256 AS sha256, u.extractor AS extractor, u.pages AS pages, u.text AS text,
       u.createdBy AS createdBy, u.createdAt AS createdAt
