import type { Store } from './types.ts';

const wrapped = new WeakMap<Store, Store>();

/** Records that `wrapper` passes its work to `inner` (the HTTP layer's guarded store). */
export function markWrapper(wrapper: Store, inner: Store): void {
  wrapped.set(wrapper, identityOf(inner));
}

/**
 * The store underneath any wrappers: what holds the graph. Something built
 * once per graph (the ask corpus) keys on it, so a build the server starts in
 * the background with the store it opened serves requests that see the
 * wrapper.
 */
export function identityOf(store: Store): Store {
  return wrapped.get(store) ?? store;
}
