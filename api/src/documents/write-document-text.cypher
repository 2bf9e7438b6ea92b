// Stores (or replaces) the source text of one document
// (api/src/documents/texts.ts). :SourceText is outside the Entity set: no
// area reload, export or `node(id)` ever sees or deletes it (decision 0022).
MERGE (t:SourceText {documentId: $documentId})
SET t.text = $text, t.sha256 = $sha256, t.sourceFile = $sourceFile,
  t.provenance = $provenance
RETURN t.documentId AS documentId, t.sha256 AS sha256
