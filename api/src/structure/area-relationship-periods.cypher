// The relationships stated by the documents of several areas, counted per area and
// period; HAS_OBLIGATION is left out (derived from obligations, counted as those).
MATCH (:Entity)-[r]->(:Entity)
WHERE r.areaId IN $areaIds AND type(r) <> 'HAS_OBLIGATION'
RETURN r.areaId AS areaId, r.validFrom AS validFrom, r.validTo AS validTo, count(*) AS count
