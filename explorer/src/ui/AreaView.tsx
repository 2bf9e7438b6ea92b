import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { describeError } from '../data/errors';
import { AREA_QUERY } from '../data/queries';
import { AreaCanvas } from '../flow/AreaCanvas';
import { message } from '../messages';
import { StatusMessage } from './StatusMessage';

interface AreaViewProps {
  areaId: string;
  /** Name from the area list, shown while the area loads. */
  areaName: string;
}

/** Fetches one area's graph and draws it, or says why it cannot. */
export function AreaView({ areaId, areaName }: AreaViewProps) {
  const { data, error, loading, refetch } = useQuery(AREA_QUERY, { variables: { id: areaId } });
  const retry = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  if (error) return <StatusMessage message={describeError(error)} onRetry={retry} />;
  if (loading || !data) return <StatusMessage message={message('areaLoading', areaName)} />;
  const area = data.area;
  if (!area) return <StatusMessage message={message('areaMissing', areaId)} />;
  if (area.graph.nodes.length === 0) {
    return <StatusMessage message={message('areaEmpty', area.name)} />;
  }

  return (
    <AreaCanvas key={area.id} graph={area.graph} label={`${area.name} accountability graph`} />
  );
}
