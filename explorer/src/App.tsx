import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { describeError } from './data/errors';
import { AREAS_QUERY } from './data/queries';
import { chooseArea } from './graph/areas';
import { message } from './messages';
import { AreaPicker } from './ui/AreaPicker';
import { AreaView } from './ui/AreaView';
import { StatusMessage } from './ui/StatusMessage';
import { useAreaParam } from './ui/useAreaParam';

export const PRODUCT_NAME = 'Safeguarding Accountability Graph';

export function App() {
  const [requested, setRequested] = useAreaParam();
  const { data, error, loading, refetch } = useQuery(AREAS_QUERY);
  const areas = data?.areas ?? [];
  const { areaId, unknownRequest } = chooseArea(areas, requested);
  const area = areas.find((a) => a.id === areaId);

  // Keep the shown area in the URL, without a new history entry for the default.
  useEffect(() => {
    if (areaId && !requested) setRequested(areaId, 'replace');
  }, [areaId, requested, setRequested]);

  const retry = useCallback(() => void refetch().catch(() => undefined), [refetch]);

  let body;
  if (error) body = <StatusMessage message={describeError(error)} onRetry={retry} />;
  else if (loading && !data) body = <StatusMessage message={message('areasLoading')} />;
  else if (!area) body = <StatusMessage message={message('noAreas')} onRetry={retry} />;
  else {
    body = (
      <>
        {unknownRequest ? (
          <StatusMessage
            variant="banner"
            message={message('areaNotFound', unknownRequest, area.name)}
          />
        ) : null}
        <AreaView key={area.id} areaId={area.id} areaName={area.name} />
      </>
    );
  }

  return (
    <div className="ag-app">
      <header className="ag-header">
        <h1>{PRODUCT_NAME}</h1>
        <AreaPicker areas={areas} value={areaId} onChange={setRequested} />
      </header>
      <main className="ag-main">{body}</main>
    </div>
  );
}
