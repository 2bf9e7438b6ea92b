// The stored source texts of $documentIds (api/src/documents/texts.ts): the
// text evidence offsets point into, its sha256, the file it came from and
// how it reached the store. A document without a stored text gives no row.
MATCH (t:SourceText)
WHERE t.documentId IN $documentIds
RETURN t.documentId AS documentId, t.text AS text, t.sha256 AS sha256,
  t.sourceFile AS sourceFile, t.provenance AS provenance
ORDER BY documentId
