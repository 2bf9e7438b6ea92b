import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';

/**
 * `EVENT_LOOP_REPORT=on` (benchmarks only): samples the event loop's delay
 * (perf_hooks, 10 ms resolution) and answers `GET /debug/event-loop` with the
 * longest block since the last `?reset=1`, in ms. Off by default: it is not
 * part of the API.
 */
export function registerLoopReport(app: FastifyInstance): void {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  app.addHook('onClose', async () => histogram.disable());
  app.get('/debug/event-loop', async (request) => {
    const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
    const report = {
      maxMs: ms(histogram.max),
      p99Ms: ms(histogram.percentile(99)),
      meanMs: ms(histogram.mean),
      samples: histogram.count,
    };
    if ((request.query as { reset?: string }).reset === '1') histogram.reset();
    return report;
  });
}
