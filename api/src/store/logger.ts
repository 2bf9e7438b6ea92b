/**
 * The subset of a pino logger the store uses. Pass a pino logger (or a child
 * of one); without one the store logs nothing.
 */
export interface StoreLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

const noop = (): void => undefined;

export const silentLogger: StoreLogger = { debug: noop, warn: noop };
