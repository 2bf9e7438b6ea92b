import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { ApiFinding, ApiFindingRule } from '../graph/types';
import { FINDINGS_QUERY } from './operations';

export interface CoverageFindingsAnswer {
  /** Every compared area's findings at the date (first 100 each). */
  findings: readonly ApiFinding[];
  rules: readonly ApiFindingRule[];
  /** Areas whose findings could not be read (the matrix says so rather than guessing). */
  failed: readonly string[];
}

/**
 * The findings of each compared area at the matrix's date, through the same
 * query (and Apollo cache) as the Findings list, so the matrix judges its
 * gaps and duplicates exactly as that list does. `undefined` while loading.
 */
export function useCoverageFindings(
  areaIds: readonly string[],
  asOf: string | null,
): CoverageFindingsAnswer | undefined {
  const client = useApolloClient();
  const key = `${areaIds.join(',')}@${asOf ?? 'today'}`;
  const [answer, setAnswer] = useState<{ key: string; value: CoverageFindingsAnswer } | null>(null);
  useEffect(() => {
    let live = true;
    const ids = key.split('@')[0]!.split(',').filter(Boolean);
    void Promise.all(
      ids.map((area) =>
        client
          .query({ query: FINDINGS_QUERY, variables: asOf ? { area, asOf } : { area } })
          .then((r) => ({ area, data: r.data }))
          .catch(() => ({ area, data: undefined })),
      ),
    ).then((results) => {
      if (!live) return;
      const findings = results.flatMap((r) => r.data?.findings.edges.map((e) => e.node) ?? []);
      const rules = results.find((r) => r.data)?.data?.findingRules ?? [];
      const failed = results.filter((r) => !r.data).map((r) => r.area);
      setAnswer({ key, value: { findings, rules, failed } });
    });
    return () => {
      live = false;
    };
  }, [client, key, asOf]);
  return answer?.key === key ? answer.value : undefined;
}
