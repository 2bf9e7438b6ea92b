// The sha256 of every stored source text, without the texts (what an import
// compares the texts it carries with).
MATCH (t:SourceText)
WHERE t.documentId IN $documentIds
RETURN t.documentId AS documentId, t.sha256 AS sha256
ORDER BY documentId
