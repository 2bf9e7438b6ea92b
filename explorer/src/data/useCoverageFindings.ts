import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { findingsFromPages, nextCursor } from '../graph/pages';
import type { ApiFinding, ApiFindingRule, ApiFindingsPage } from '../graph/types';
import { FINDINGS_QUERY } from './operations';

export interface CoverageFindingsAnswer {
  /** Every compared area's findings at the date (every page of each). */
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
    // Every page of one area, one request at a time (decision 0028: each answer stays small).
    const allPages = async (area: string) => {
      const scope = asOf ? { area, asOf } : { area };
      const first = (await client.query({ query: FINDINGS_QUERY, variables: scope })).data;
      if (!first) return undefined;
      const next: ApiFindingsPage[] = [];
      for (let after = nextCursor(first.findings); after !== null && live;) {
        const page = (
          await client.query({
            query: FINDINGS_QUERY,
            variables: { ...scope, after, withRules: false },
          })
        ).data;
        if (!page) return undefined;
        next.push(page);
        after = nextCursor(page.findings);
      }
      return findingsFromPages(first, next);
    };
    void Promise.all(
      ids.map((area) =>
        allPages(area)
          .then((data) => ({ area, data }))
          .catch(() => ({ area, data: undefined })),
      ),
    ).then((results) => {
      if (!live) return;
      const findings = results.flatMap((r) => r.data?.findings ?? []);
      const rules = results.find((r) => r.data)?.data?.rules ?? [];
      const failed = results.filter((r) => !r.data).map((r) => r.area);
      setAnswer({ key, value: { findings, rules, failed } });
    });
    return () => {
      live = false;
    };
  }, [client, key, asOf]);
  return answer?.key === key ? answer.value : undefined;
}
