import type { Logger } from './logger.ts';
import { Loaders } from './graph/loaders.ts';
import type { Store } from './store/index.ts';

/**
 * What a feature service is built from: the store, the request's loaders and
 * the request's container, from which it takes any other service it uses
 * (`deps.services.get(NodeService)`, never `new NodeService(...)`), so one
 * request has one instance of each service and its per-request memos.
 */
export interface ServiceDeps {
  store: Store;
  loaders: Loaders;
  log: Logger;
  services: Services;
}

export type ServiceClass<T> = new (deps: ServiceDeps) => T;

/**
 * The per-request service container: each feature's service is created once
 * per request, on first use (`ctx.services.get(AccountabilityService)`), and
 * shares the request's DataLoaders. No central registration to edit.
 */
export class Services {
  private readonly instances = new Map<ServiceClass<unknown>, unknown>();
  private batched: Loaders | undefined;

  constructor(
    readonly store: Store,
    readonly log: Logger,
  ) {}

  /** The request's loaders, made on first use (a response served from the cache needs none). */
  get loaders(): Loaders {
    this.batched ??= new Loaders(this.store);
    return this.batched;
  }

  get<T>(Service: ServiceClass<T>): T {
    let instance = this.instances.get(Service) as T | undefined;
    if (instance === undefined) {
      instance = new Service({
        store: this.store,
        loaders: this.loaders,
        log: this.log,
        services: this,
      });
      this.instances.set(Service, instance);
    }
    return instance;
  }
}
