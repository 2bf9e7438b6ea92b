// How the areas $ids reached the store (decision 0022): bundled, imported or
// edited, when and by whom (null where not recorded). Unknown ids give no row.
MATCH (a:Area)
WHERE a.id IN $ids
RETURN a.id AS id, a.areaProvenance AS provenance, a.areaProvenanceAt AS at,
  a.areaProvenanceBy AS by
ORDER BY id
