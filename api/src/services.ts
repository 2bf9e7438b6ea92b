import { AreaService } from './area/area.service.ts';
import type { Store } from './store/index.ts';

/** The per-request service set: fresh DataLoaders for every request. */
export interface Services {
  areas: AreaService;
}

export function createServices(store: Store): Services {
  return { areas: new AreaService(store) };
}
